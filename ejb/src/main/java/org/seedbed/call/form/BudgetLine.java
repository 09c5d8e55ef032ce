package org.seedbed.call.form;

import java.math.BigDecimal;

/**
 * One line of a project budget: {@code quantity} units at {@code unitCost} yuan, of which the organization
 * pays {@code own} itself and co-funders pay {@code cofunding}; the call is asked for the rest. Missing
 * amounts count as zero.
 */
public record BudgetLine(
        String category, String item, BigDecimal unitCost, BigDecimal quantity, BigDecimal own, BigDecimal cofunding) {

    public BudgetLine {
        category = category == null ? "" : category;
        item = item == null ? "" : item;
        unitCost = unitCost == null ? BigDecimal.ZERO : unitCost;
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
        own = own == null ? BigDecimal.ZERO : own;
        cofunding = cofunding == null ? BigDecimal.ZERO : cofunding;
    }

    /** Unit cost times quantity, exact: rounding each line would make the lines not add up to the total. */
    public BigDecimal total() {
        return unitCost.multiply(quantity);
    }

    /** What this line asks of the call. */
    public BigDecimal requested() {
        return total().subtract(own).subtract(cofunding);
    }
}

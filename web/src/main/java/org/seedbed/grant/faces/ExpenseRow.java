package org.seedbed.grant.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import org.seedbed.grant.boundary.ReportForm;

/** One expense line of a report as the grantee edits it on ngo/grant.xhtml. */
public class ExpenseRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String category;
    private String item;
    private BigDecimal amount;

    public ExpenseRow() {}

    ExpenseRow(String category, String item, BigDecimal amount) {
        this.category = category;
        this.item = item;
        this.amount = amount;
    }

    static ExpenseRow of(ReportForm.ExpenseLine line) {
        return new ExpenseRow(line.category(), line.item(), line.amount());
    }

    /** A row nobody typed into; such rows are not sent. */
    boolean isBlank() {
        return (category == null || category.isBlank()) && (item == null || item.isBlank()) && amount == null;
    }

    ReportForm.ExpenseLine line() {
        return new ReportForm.ExpenseLine(category, item, amount);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}

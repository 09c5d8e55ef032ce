package org.seedbed.call.form;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The budget of a project, as the lines of its budget table; all sums are exact. */
public record Budget(List<BudgetLine> lines) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Budget {
        lines = lines == null
                ? List.of()
                : lines.stream().filter(Objects::nonNull).toList();
    }

    /**
     * Reads the answer to a budget table. It is meant for answers that passed {@link AnswerCheck}: rows that
     * are not objects are skipped, and cells that are not numbers count as zero.
     */
    public static Budget of(JsonArray rows) {
        List<BudgetLine> lines = new ArrayList<>();
        if (rows != null) {
            for (JsonValue row : rows) {
                if (row instanceof JsonObject cells) {
                    lines.add(line(cells));
                }
            }
        }
        return new Budget(lines);
    }

    static BudgetLine line(JsonObject cells) {
        return new BudgetLine(
                JsonValues.text(cells, "category"),
                JsonValues.text(cells, "item"),
                JsonValues.number(cells, "unitCost"),
                JsonValues.number(cells, "quantity"),
                JsonValues.number(cells, "own"),
                JsonValues.number(cells, "cofunding"));
    }

    public BigDecimal total() {
        return sum(BudgetLine::total);
    }

    /** What the organization pays itself. */
    public BigDecimal own() {
        return sum(BudgetLine::own);
    }

    /** What co-funders pay. */
    public BigDecimal cofunding() {
        return sum(BudgetLine::cofunding);
    }

    /** What the project asks of the call. */
    public BigDecimal requested() {
        return total().subtract(own()).subtract(cofunding());
    }

    /**
     * The part of the total paid by the organization and co-funders, in percent with one decimal, 0.0 when
     * the budget is empty. Rounded down, so that a share just short of a required percentage never reads
     * as reaching it.
     */
    public BigDecimal cofundingShare() {
        BigDecimal total = total();
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return own().add(cofunding()).multiply(HUNDRED).divide(total, 1, RoundingMode.DOWN);
    }

    private BigDecimal sum(Function<BudgetLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

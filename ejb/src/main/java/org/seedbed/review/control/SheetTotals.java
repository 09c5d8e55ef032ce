package org.seedbed.review.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** A sheet's weighted total on the 0–100 scale, the same formula the ranking uses. */
public final class SheetTotals {

    private SheetTotals() {}

    /** Null until every criterion has a score. */
    public static BigDecimal total(Rubric rubric, Map<String, Integer> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (RubricCriterion c : rubric.criteria()) {
            Integer score = scores.get(c.code());
            if (score == null) {
                return null;
            }
            BigDecimal placed = BigDecimal.valueOf(score - c.min())
                    .divide(BigDecimal.valueOf(c.max() - c.min()), 10, RoundingMode.HALF_UP);
            sum = sum.add(placed.multiply(BigDecimal.valueOf(c.weight())));
        }
        return sum.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(rubric.totalWeight()), 2, RoundingMode.HALF_UP);
    }
}

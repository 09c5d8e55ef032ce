package org.seedbed.review.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.seedbed.review.control.RubricCriterion;

/**
 * The running count of a score sheet while an expert fills it in on reviewer/sheet.xhtml: the
 * points earned so far on the 0–100 scale, with the formula of {@code SheetTotals} (each score
 * placed on its scale, weighted, divided by the rubric's total weight), so that a complete sheet
 * shows exactly the total the server records; and how each criterion is best scored on a phone.
 */
final class SheetTally {

    /** Up to this many scale values are offered as buttons; longer scales get a number input. */
    static final int MAX_BUTTONS = 11;

    private SheetTally() {}

    /**
     * The points of the criteria scored so far; unscored ones add nothing, so the figure only grows
     * as the expert goes on. Zero for a rubric without weight.
     */
    static BigDecimal points(List<RubricCriterion> criteria, Map<String, Integer> scores) {
        int totalWeight = criteria.stream().mapToInt(RubricCriterion::weight).sum();
        if (totalWeight <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (RubricCriterion c : criteria) {
            Integer score = scores.get(c.code());
            if (score == null || c.max() <= c.min()) {
                continue;
            }
            BigDecimal placed = BigDecimal.valueOf(score - c.min())
                    .divide(BigDecimal.valueOf(c.max() - c.min()), 10, RoundingMode.HALF_UP);
            sum = sum.add(placed.multiply(BigDecimal.valueOf(c.weight())));
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(totalWeight), 2, RoundingMode.HALF_UP);
    }

    static long scored(List<RubricCriterion> criteria, Map<String, Integer> scores) {
        return criteria.stream().filter(c -> scores.get(c.code()) != null).count();
    }

    /** Every whole number of the criterion's scale, lowest first. */
    static List<Integer> scale(RubricCriterion criterion) {
        if (criterion.max() < criterion.min()) {
            return List.of();
        }
        return IntStream.rangeClosed(criterion.min(), criterion.max()).boxed().toList();
    }

    /** Whether the scale is short enough to tap a button per value. */
    static boolean buttons(RubricCriterion criterion) {
        return criterion.max() >= criterion.min() && criterion.max() - criterion.min() + 1 <= MAX_BUTTONS;
    }

    /** A total as people write it: 72.5, 70, 68.25; null for none. */
    static String text(BigDecimal points) {
        return points == null ? null : points.stripTrailingZeros().toPlainString();
    }
}

package org.seedbed.campaign.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a campaign is on its way to the goal, as donors read it on the campaign pages: the
 * percent reached by gifts and matches together, and the widths of the two parts of the progress
 * bar (what donors gave, then what sponsors added).
 */
final class CampaignProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A goal passed ten thousand times over is shown as such; beyond that the figure means nothing. */
    private static final int MOST = 999_999;

    /** The two parts of the bar, in percent of its length; together at most 100. */
    record Bar(BigDecimal raised, BigDecimal matched) {}

    private CampaignProgress() {}

    /**
     * The percent of the goal reached by gifts and matches, rounded down so that 100 means the goal
     * is met; above 100 once it is passed, which donors like to see.
     */
    static int percent(BigDecimal raised, BigDecimal matched, BigDecimal goal) {
        if (goal == null || goal.signum() <= 0) {
            return 0;
        }
        BigDecimal reached = orZero(raised).add(orZero(matched));
        if (reached.signum() <= 0) {
            return 0;
        }
        BigDecimal percent = reached.multiply(HUNDRED).divide(goal, 0, RoundingMode.DOWN);
        return percent.min(BigDecimal.valueOf(MOST)).intValue();
    }

    /** The bar: what donors gave first, then the sponsors' matches, cut at the goal. */
    static Bar bar(BigDecimal raised, BigDecimal matched, BigDecimal goal) {
        BigDecimal given = share(raised, goal);
        BigDecimal added = share(matched, goal).min(HUNDRED.subtract(given));
        return new Bar(given, added);
    }

    /** A part of a whole in percent with one decimal, between 0 and 100; 0 when there is no whole. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || part.signum() <= 0 || whole == null || whole.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        if (part.compareTo(whole) >= 0) {
            return HUNDRED.setScale(1);
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.DOWN);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}

package org.seedbed.review.ranking;

/**
 * When a panel disagrees about a submission: the sample standard deviation or the range of its sheet totals exceeds
 * (strictly) these points on the 0..100 scale. Flagged submissions are worth a discussion before the ranking is
 * adopted.
 */
public record DisagreementThresholds(double standardDeviation, double range) {

    public static final double DEFAULT_STANDARD_DEVIATION = 15;
    public static final double DEFAULT_RANGE = 30;

    public DisagreementThresholds {
        if (!(standardDeviation >= 0) || !(range >= 0) || Double.isInfinite(standardDeviation + range)) {
            throw new IllegalArgumentException(
                    "disagreement thresholds must be finite and not negative: " + standardDeviation + ", " + range);
        }
    }

    /** 15 points of standard deviation or 30 points of range. */
    public static DisagreementThresholds defaults() {
        return new DisagreementThresholds(DEFAULT_STANDARD_DEVIATION, DEFAULT_RANGE);
    }

    boolean exceededBy(double standardDeviationOfTotals, double rangeOfTotals) {
        return standardDeviationOfTotals > standardDeviation || rangeOfTotals > range;
    }
}

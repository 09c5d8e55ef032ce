package org.seedbed.review.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the panel's sheets say about one submission, by every method at once so pages can show them side by side. All
 * values are on the 0..100 scale and unrounded, except {@link #meanZ()}; {@link #shown(Method)} gives what people read.
 *
 * @param sheets how many submitted sheets the submission has (at least one)
 * @param weightedMean the mean of the sheet totals
 * @param trimmedMean the mean without one highest and one lowest total; the plain mean below three sheets
 * @param trimmed whether the trimmed mean did drop two totals
 * @param meanZ the mean of the sheets' z-scores against their reviewers' own totals
 * @param zScoreOnScale {@code meanZ} placed on the 0..100 scale: grand mean + meanZ × standard deviation of all the
 *     call's totals; it is not clipped, so it may lie slightly outside 0..100
 * @param median the median total
 * @param heaviestCriterionMean the mean score, on its own scale, of the rubric's heaviest criterion
 * @param standardDeviation the sample standard deviation of the sheet totals; 0 with a single sheet
 * @param range the highest total minus the lowest
 * @param disagreement whether the standard deviation or the range exceeds the thresholds of the ranking
 */
public record Scores(
        int sheets,
        double weightedMean,
        double trimmedMean,
        boolean trimmed,
        double meanZ,
        double zScoreOnScale,
        double median,
        double heaviestCriterionMean,
        double standardDeviation,
        double range,
        boolean disagreement) {

    /** The aggregate by a method, unrounded; for {@link Method#Z_SCORE} the value placed on the 0..100 scale. */
    public double value(Method method) {
        return switch (method) {
            case WEIGHTED_MEAN -> weightedMean;
            case TRIMMED_MEAN -> trimmedMean;
            case Z_SCORE -> zScoreOnScale;
            case MEDIAN -> median;
        };
    }

    /** The aggregate by a method as people read it: two decimals, half up. Ranking and the pass mark use this value. */
    public BigDecimal shown(Method method) {
        return rounded(value(method));
    }

    /**
     * A score as people read it: two decimals, half up. The double's shortest decimal form is rounded, so that 59.995
     * shows as 60.00 although its nearest double lies just below 59.995.
     */
    public static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}

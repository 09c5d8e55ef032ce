package org.seedbed.review.ranking;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregates a call's submitted score sheets by every {@link Method}, flags disagreement and ranks the submissions by
 * one method.
 *
 * <p>Order, with every level deciding only where the ones before it tie:
 *
 * <ol>
 *   <li>the higher aggregate by the selected method, as shown to people (two decimals, half up): two rows reading
 *       85.33 are a tie, settled by the published rules below rather than by digits nobody sees;
 *   <li>the higher mean score on the rubric's heaviest criterion (the first of them in rubric order when several share
 *       the largest weight);
 *   <li>the lower requested amount, so that with equal merit the fund goes further;
 *   <li>the earlier submission (receipt order);
 *   <li>the lower submission id, so that the order is total.
 * </ol>
 *
 * <p>Rank numbers are positions 1, 2, 3, … and never shared: funding goes down the list one submission at a time, so
 * there is always a next one. Submissions without a submitted sheet come last, unscored, ordered by levels 3 to 5.
 *
 * <p>The result depends only on the contents of the inputs, not on their order: totals are counted exactly, in whole
 * points of a unit common to the rubric's scales, and the z-scores of a submission are summed in reviewer id order.
 */
public final class Ranking {

    private Ranking() {}

    /** Ranks with the default disagreement thresholds (15 points of standard deviation, 30 of range). */
    public static RankingResult rank(
            ScoringRubric rubric, List<Candidate> candidates, List<Sheet> sheets, Method method) {
        return rank(rubric, candidates, sheets, method, DisagreementThresholds.defaults());
    }

    /**
     * Ranks the candidates by a method.
     *
     * @param sheets the submitted sheets of the call; each must be for a candidate, score every criterion of the rubric
     *     on its scale, and be the only sheet of its reviewer for that submission
     * @throws IllegalArgumentException when the sheets or candidates break those rules
     */
    public static RankingResult rank(
            ScoringRubric rubric,
            List<Candidate> candidates,
            List<Sheet> sheets,
            Method method,
            DisagreementThresholds thresholds) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(thresholds, "thresholds");
        RubricScale scale = rubric.scale();
        PanelSheets panel = PanelSheets.of(scale, candidates, sheets);
        CallSpread call = CallSpread.of(scale, panel.reviewers());

        List<Row> scored = new ArrayList<>();
        List<Candidate> unscored = new ArrayList<>();
        long[] buffer = new long[16];
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            int count = panel.sheets(c);
            if (count == 0) {
                unscored.add(candidate);
                continue;
            }
            if (buffer.length < count) {
                buffer = new long[Math.max(count, buffer.length * 2)];
            }
            Scores scores = scores(scale, panel, c, call, thresholds, buffer);
            long shown = scores.shown(method).unscaledValue().longValueExact();
            scored.add(new Row(candidate, scores, shown));
        }
        Collections.sort(scored);
        unscored.sort(Ranking::byAmountReceiptAndId);

        List<RankedSubmission> ranked = new ArrayList<>(candidates.size());
        for (Row row : scored) {
            ranked.add(new RankedSubmission(ranked.size() + 1, row.candidate(), method, Optional.of(row.scores())));
        }
        for (Candidate candidate : unscored) {
            ranked.add(new RankedSubmission(ranked.size() + 1, candidate, method, Optional.empty()));
        }
        return new RankingResult(method, thresholds, ranked, sheets.size(), call.mean(), call.standardDeviation());
    }

    private static Scores scores(
            RubricScale scale,
            PanelSheets panel,
            int candidate,
            CallSpread call,
            DisagreementThresholds thresholds,
            long[] sorted) {
        int count = panel.sheets(candidate);
        int first = panel.first(candidate);
        long sum = 0;
        long sumOfSquares = 0;
        long heaviestSum = 0;
        double zSum = 0;
        for (int i = 0; i < count; i++) {
            long points = panel.points(first + i);
            sum += points;
            sumOfSquares = Math.addExact(sumOfSquares, points * points);
            heaviestSum += panel.heaviestScore(first + i);
            zSum += panel.z(first + i);
            sorted[i] = points;
        }
        Arrays.sort(sorted, 0, count);
        long lowest = sorted[0];
        long highest = sorted[count - 1];

        double mean = scale.onHundredScale(sum, count);
        boolean trimmed = count >= 3;
        double trimmedMean = trimmed ? scale.onHundredScale(sum - lowest - highest, count - 2) : mean;
        double median = count % 2 == 1
                ? scale.onHundredScale(sorted[count / 2], 1)
                : scale.onHundredScale(sorted[count / 2 - 1] + sorted[count / 2], 2);
        long spread = Math.subtractExact(Math.multiplyExact(count, sumOfSquares), Math.multiplyExact(sum, sum));
        double standardDeviation = standardDeviation(scale, count, spread);
        double range = scale.onHundredScale(highest - lowest, 1);
        double meanZ = zSum / count;
        return new Scores(
                count,
                mean,
                trimmedMean,
                trimmed,
                meanZ,
                call.mean() + meanZ * call.standardDeviation(),
                median,
                (double) heaviestSum / count,
                standardDeviation,
                range,
                thresholds.exceededBy(standardDeviation, range));
    }

    /**
     * The sample standard deviation of totals on the 0..100 scale.
     *
     * @param spread n × Σx² − (Σx)² of the totals in points, exact
     */
    private static double standardDeviation(RubricScale scale, long count, double spread) {
        if (count < 2) {
            return 0;
        }
        double denominator = scale.denominator();
        // One division before the root, so that a standard deviation of exactly 15 points comes out as exactly 15.
        return Math.sqrt(spread * 10_000 / ((double) count * (count - 1) * denominator * denominator));
    }

    /** Levels 3 to 5 of the order, which also order the unscored submissions. */
    private static int byAmountReceiptAndId(Candidate a, Candidate b) {
        int byAmount = Long.compare(a.requestedMinor(), b.requestedMinor());
        if (byAmount != 0) {
            return byAmount;
        }
        int byReceipt = a.submittedAt().compareTo(b.submittedAt());
        if (byReceipt != 0) {
            return byReceipt;
        }
        return Long.compare(a.submissionId(), b.submissionId());
    }

    /** The grand mean and the standard deviation of all the call's totals, which put mean z-scores back on 0..100. */
    private record CallSpread(double mean, double standardDeviation) {

        static CallSpread of(RubricScale scale, ReviewerStatistics reviewers) {
            long sheets = reviewers.sheets();
            if (sheets == 0) {
                return new CallSpread(0, 0);
            }
            long sum = reviewers.sumOfPoints();
            BigInteger spread = ReviewerStatistics.spread(sheets, sum, reviewers.sumOfSquaredPoints());
            return new CallSpread(
                    scale.onHundredScale(sum, sheets), Ranking.standardDeviation(scale, sheets, spread.doubleValue()));
        }
    }

    private record Row(Candidate candidate, Scores scores, long shownHundredths) implements Comparable<Row> {

        /**
         * The order of the class comment, written out rather than as a chain of comparators because a large call
         * compares hundreds of thousands of times.
         */
        @Override
        public int compareTo(Row other) {
            int byAggregate = Long.compare(other.shownHundredths, shownHundredths);
            if (byAggregate != 0) {
                return byAggregate;
            }
            int byHeaviestCriterion =
                    Double.compare(other.scores.heaviestCriterionMean(), scores.heaviestCriterionMean());
            if (byHeaviestCriterion != 0) {
                return byHeaviestCriterion;
            }
            return byAmountReceiptAndId(candidate, other.candidate);
        }
    }
}

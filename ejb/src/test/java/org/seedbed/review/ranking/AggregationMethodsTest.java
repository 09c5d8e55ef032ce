package org.seedbed.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.seedbed.review.ranking.RankingFixtures.candidate;
import static org.seedbed.review.ranking.RankingFixtures.hundredPoints;
import static org.seedbed.review.ranking.RankingFixtures.order;
import static org.seedbed.review.ranking.RankingFixtures.scoresOf;
import static org.seedbed.review.ranking.RankingFixtures.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregationMethodsTest {

    /** Submission 1 with one sheet per total, each from its own reviewer. */
    private static Scores scoresOfOneSubmission(int... totals) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            sheets.add(sheet(1, 100 + i, totals[i]));
        }
        return scoresOf(Ranking.rank(hundredPoints(), List.of(candidate(1)), sheets, Method.WEIGHTED_MEAN), 1);
    }

    @Test
    void theWeightedMeanIsTheMeanOfTheSheetTotals() {
        Scores scores = scoresOfOneSubmission(70, 80, 95);

        assertThat(scores.weightedMean()).isCloseTo(245 / 3.0, within(1e-12));
        assertThat(scores.shown(Method.WEIGHTED_MEAN)).isEqualByComparingTo("81.67");
        assertThat(scores.sheets()).isEqualTo(3);
    }

    @Test
    void theWeightedMeanAveragesTotalsThatAlreadyWeighTheCriteria() {
        ScoringRubric rubric =
                new ScoringRubric(List.of(new Criterion("NEED", 60, 0, 10), new Criterion("FIT", 40, 1, 5)));
        List<Sheet> sheets = List.of(
                // 60 × 8/10 + 40 × 3/4 = 78
                new Sheet(1, 10, Map.of("NEED", 8, "FIT", 4)),
                // 60 × 5/10 + 40 × 1/4 = 40
                new Sheet(1, 11, Map.of("NEED", 5, "FIT", 2)));

        Scores scores = scoresOf(Ranking.rank(rubric, List.of(candidate(1)), sheets, Method.WEIGHTED_MEAN), 1);

        assertThat(scores.weightedMean()).isEqualTo(59.0);
        assertThat(scores.heaviestCriterionMean()).isEqualTo(6.5);
    }

    @Test
    void theTrimmedMeanOfFiveSheetsDropsOneHighestAndOneLowestTotal() {
        Scores scores = scoresOfOneSubmission(90, 20, 70, 60, 80);

        assertThat(scores.trimmedMean()).isEqualTo(70.0);
        assertThat(scores.trimmed()).isTrue();
        assertThat(scores.weightedMean()).isEqualTo(64.0);
    }

    @Test
    void theTrimmedMeanDropsOnlyOneOfSeveralEqualHighestOrLowestTotals() {
        Scores scores = scoresOfOneSubmission(90, 90, 60, 60, 75);

        assertThat(scores.trimmedMean()).isEqualTo(75.0);
    }

    @Test
    void theTrimmedMeanOfTwoSheetsIsThePlainMean() {
        Scores scores = scoresOfOneSubmission(80, 60);

        assertThat(scores.trimmedMean()).isEqualTo(70.0);
        assertThat(scores.trimmed()).isFalse();
    }

    @Test
    void theTrimmedMeanOfThreeSheetsIsTheMiddleTotal() {
        assertThat(scoresOfOneSubmission(95, 40, 72).trimmedMean()).isEqualTo(72.0);
    }

    @Test
    void theMedianOfAnOddNumberOfSheetsIsTheMiddleTotal() {
        assertThat(scoresOfOneSubmission(50, 90, 60).median()).isEqualTo(60.0);
    }

    @Test
    void theMedianOfAnEvenNumberOfSheetsIsTheMeanOfTheTwoMiddleTotals() {
        assertThat(scoresOfOneSubmission(90, 50, 80, 60).median()).isEqualTo(70.0);
        assertThat(scoresOfOneSubmission(61, 64).median()).isEqualTo(62.5);
    }

    /**
     * A lenient reviewer (1) scores submissions 1, 2, 3 at 90, 80, 70; a harsh one (2) scores 4, 5, 6 at 60, 50, 40.
     * Each reviewer's totals spread with a standard deviation of 10 around that reviewer's own mean (80 and 50), so
     * both reviewers' best proposals have z = +1.
     */
    private static RankingResult lenientAndHarsh(Method method) {
        List<Candidate> candidates =
                List.of(candidate(1), candidate(2), candidate(3), candidate(4), candidate(5), candidate(6));
        List<Sheet> sheets = List.of(
                sheet(1, 1, 90), sheet(2, 1, 80), sheet(3, 1, 70), sheet(4, 2, 60), sheet(5, 2, 50), sheet(6, 2, 40));
        return Ranking.rank(hundredPoints(), candidates, sheets, method);
    }

    @Test
    void zScoresMeasureEachTotalAgainstItsOwnReviewer() {
        RankingResult result = lenientAndHarsh(Method.Z_SCORE);

        assertThat(scoresOf(result, 1).meanZ()).isEqualTo(1.0);
        assertThat(scoresOf(result, 2).meanZ()).isEqualTo(0.0);
        assertThat(scoresOf(result, 3).meanZ()).isEqualTo(-1.0);
        assertThat(scoresOf(result, 4).meanZ()).isEqualTo(1.0);
        assertThat(scoresOf(result, 5).meanZ()).isEqualTo(0.0);
        assertThat(scoresOf(result, 6).meanZ()).isEqualTo(-1.0);
    }

    @Test
    void zScoresLetTheHarshReviewersBestProposalOvertakeTheLenientReviewersAverageOnes() {
        assertThat(order(lenientAndHarsh(Method.WEIGHTED_MEAN))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        // 1 and 4 tie at z = +1 and are ordered by the heaviest criterion, here the only one.
        assertThat(order(lenientAndHarsh(Method.Z_SCORE))).containsExactly(1L, 4L, 2L, 5L, 3L, 6L);
    }

    @Test
    void aMeanZScoreIsShownOnTheHundredPointScale() {
        RankingResult result = lenientAndHarsh(Method.Z_SCORE);

        // All totals: mean 65; deviations ±25, ±15, ±5 give a sample variance of 1750 / 5 = 350.
        assertThat(result.grandMean()).isEqualTo(65.0);
        assertThat(result.pooledStandardDeviation()).isCloseTo(Math.sqrt(350), within(1e-12));
        assertThat(scoresOf(result, 4).zScoreOnScale()).isCloseTo(65 + Math.sqrt(350), within(1e-12));
        assertThat(scoresOf(result, 4).shown(Method.Z_SCORE)).isEqualByComparingTo("83.71");
        assertThat(scoresOf(result, 5).shown(Method.Z_SCORE)).isEqualByComparingTo("65.00");
        assertThat(scoresOf(result, 6).shown(Method.Z_SCORE)).isEqualByComparingTo("46.29");
    }

    @Test
    void aSubmissionsMeanZScoreAveragesItsSheets() {
        // Reviewer 1 gives 90, 70, 80 (z = +1, −1, 0); reviewer 2 gives 60, 70, 50 (z = 0, +1, −1).
        List<Sheet> sheets = List.of(
                sheet(1, 1, 90), sheet(1, 2, 60), sheet(2, 1, 70), sheet(2, 2, 70), sheet(3, 1, 80), sheet(3, 2, 50));

        RankingResult result = Ranking.rank(
                hundredPoints(), List.of(candidate(1), candidate(2), candidate(3)), sheets, Method.Z_SCORE);

        assertThat(scoresOf(result, 1).meanZ()).isEqualTo(0.5);
        assertThat(scoresOf(result, 2).meanZ()).isEqualTo(0.0);
        assertThat(scoresOf(result, 3).meanZ()).isEqualTo(-0.5);
    }

    @Test
    void aReviewerWithOneSheetOrWithoutSpreadContributesAZScoreOfZero() {
        List<Sheet> sheets = List.of(
                sheet(1, 1, 95), // the only sheet of reviewer 1
                sheet(2, 2, 70),
                sheet(3, 2, 70), // reviewer 2 gives everything 70
                sheet(3, 3, 90),
                sheet(4, 3, 50)); // reviewer 3: z = +0.707 and −0.707

        RankingResult result = Ranking.rank(
                hundredPoints(),
                List.of(candidate(1), candidate(2), candidate(3), candidate(4)),
                sheets,
                Method.Z_SCORE);

        assertThat(scoresOf(result, 1).meanZ()).isEqualTo(0.0);
        assertThat(scoresOf(result, 2).meanZ()).isEqualTo(0.0);
        assertThat(scoresOf(result, 3).meanZ()).isCloseTo(Math.sqrt(0.5) / 2, within(1e-12));
        assertThat(scoresOf(result, 4).meanZ()).isCloseTo(-Math.sqrt(0.5), within(1e-12));
        assertThat(scoresOf(result, 1).zScoreOnScale()).isEqualTo(result.grandMean());
    }

    @Test
    void reportsTheSpreadOfTheSheetTotals() {
        Scores scores = scoresOfOneSubmission(50, 80);

        assertThat(scores.standardDeviation()).isCloseTo(Math.sqrt(450), within(1e-12));
        assertThat(scores.range()).isEqualTo(30.0);
    }

    @Test
    void flagsDisagreementWhenTheStandardDeviationExceedsItsThreshold() {
        // sd 21.2 > 15 while the range, 30, does not exceed 30
        assertThat(scoresOfOneSubmission(50, 80).disagreement()).isTrue();
    }

    @Test
    void flagsDisagreementWhenTheRangeExceedsItsThreshold() {
        Scores scores = scoresOfOneSubmission(40, 70, 70, 70, 71);

        assertThat(scores.standardDeviation()).isLessThan(15);
        assertThat(scores.range()).isEqualTo(31.0);
        assertThat(scores.disagreement()).isTrue();
    }

    @Test
    void doesNotFlagASpreadExactlyAtTheThresholds() {
        Scores scores = scoresOfOneSubmission(55, 70, 85);

        assertThat(scores.standardDeviation()).isEqualTo(15.0);
        assertThat(scores.range()).isEqualTo(30.0);
        assertThat(scores.disagreement()).isFalse();
    }

    @Test
    void theDisagreementThresholdsAreConfigurable() {
        List<Sheet> sheets = List.of(sheet(1, 1, 50), sheet(1, 2, 80), sheet(2, 1, 60), sheet(2, 2, 75));
        List<Candidate> candidates = List.of(candidate(1), candidate(2));

        RankingResult lenient =
                Ranking.rank(hundredPoints(), candidates, sheets, Method.MEDIAN, new DisagreementThresholds(25, 40));
        RankingResult strict =
                Ranking.rank(hundredPoints(), candidates, sheets, Method.MEDIAN, new DisagreementThresholds(10, 20));

        assertThat(scoresOf(lenient, 1).disagreement()).isFalse();
        assertThat(scoresOf(strict, 2).disagreement()).isTrue(); // sd 10.6 > 10, range 15
        assertThat(strict.thresholds()).isEqualTo(new DisagreementThresholds(10, 20));
    }

    @Test
    void aSingleSheetHasNoSpreadAndNeverDisagrees() {
        Scores scores = scoresOfOneSubmission(12);

        assertThat(scores.standardDeviation()).isZero();
        assertThat(scores.range()).isZero();
        assertThat(scores.disagreement()).isFalse();
        assertThat(scores.trimmedMean()).isEqualTo(12.0);
        assertThat(scores.median()).isEqualTo(12.0);
    }

    @Test
    void allMethodsAreComputedTogetherWhateverTheRankingFollows() {
        Scores scores = scoresOfOneSubmission(100, 30, 80);

        assertThat(scores.value(Method.WEIGHTED_MEAN)).isEqualTo(70.0);
        assertThat(scores.value(Method.TRIMMED_MEAN)).isEqualTo(80.0);
        assertThat(scores.value(Method.MEDIAN)).isEqualTo(80.0);
        assertThat(scores.value(Method.Z_SCORE)).isEqualTo(scores.zScoreOnScale());
    }

    @Test
    void shownScoresAreRoundedHalfUpToTwoDecimals() {
        assertThat(scoresOfOneSubmission(70, 70, 71).shown(Method.WEIGHTED_MEAN))
                .isEqualByComparingTo("70.33");
        assertThat(Scores.rounded(70.335)).isEqualTo(new BigDecimal("70.34"));
        // 2.675 and 59.995 are stored just below themselves as doubles; people still expect them rounded up.
        assertThat(Scores.rounded(2.675)).isEqualTo(new BigDecimal("2.68"));
        assertThat(Scores.rounded(59.995)).isEqualTo(new BigDecimal("60.00"));
        assertThat(Scores.rounded(64)).isEqualTo(new BigDecimal("64.00"));
    }
}

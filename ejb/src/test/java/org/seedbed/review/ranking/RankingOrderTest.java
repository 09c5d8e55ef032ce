package org.seedbed.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seedbed.review.ranking.RankingFixtures.OPENED;
import static org.seedbed.review.ranking.RankingFixtures.candidate;
import static org.seedbed.review.ranking.RankingFixtures.hundredPoints;
import static org.seedbed.review.ranking.RankingFixtures.order;
import static org.seedbed.review.ranking.RankingFixtures.scoresOf;
import static org.seedbed.review.ranking.RankingFixtures.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingOrderTest {

    /** MAIN weighs 60 and OTHER 40, both 0..10, so a total is 6 × MAIN + 4 × OTHER. */
    private static final ScoringRubric TWO_CRITERIA =
            new ScoringRubric(List.of(new Criterion("OTHER", 40, 0, 10), new Criterion("MAIN", 60, 0, 10)));

    private static Sheet twoCriteria(long submissionId, long reviewerId, int main, int other) {
        return new Sheet(submissionId, reviewerId, Map.of("MAIN", main, "OTHER", other));
    }

    private static RankingResult rankTwoCriteria(List<Candidate> candidates, List<Sheet> sheets) {
        return Ranking.rank(TWO_CRITERIA, candidates, sheets, Method.WEIGHTED_MEAN);
    }

    @Test
    void aHigherAggregateRanksFirst() {
        RankingResult result = rankTwoCriteria(
                List.of(candidate(1), candidate(2)), List.of(twoCriteria(1, 1, 5, 5), twoCriteria(2, 1, 9, 9)));

        assertThat(order(result)).containsExactly(2L, 1L);
        assertThat(result.submissions()).extracting(RankedSubmission::rank).containsExactly(1, 2);
        assertThat(result.submissions().get(0).aggregate())
                .hasValueSatisfying(aggregate -> assertThat(aggregate).isEqualByComparingTo("90.00"));
    }

    @Test
    void submissionsAreRankedByTheSelectedMethod() {
        // Submission 1: 100, 30, 80 (mean 70, median and trimmed mean 80); submission 2: 75, 75, 72 (mean 74, 75, 75).
        List<Sheet> sheets = List.of(
                sheet(1, 1, 100), sheet(1, 2, 30), sheet(1, 3, 80), sheet(2, 1, 75), sheet(2, 2, 75), sheet(2, 3, 72));
        List<Candidate> candidates = List.of(candidate(1), candidate(2));

        assertThat(order(Ranking.rank(hundredPoints(), candidates, sheets, Method.WEIGHTED_MEAN)))
                .containsExactly(2L, 1L);
        assertThat(order(Ranking.rank(hundredPoints(), candidates, sheets, Method.TRIMMED_MEAN)))
                .containsExactly(1L, 2L);
        assertThat(order(Ranking.rank(hundredPoints(), candidates, sheets, Method.MEDIAN)))
                .containsExactly(1L, 2L);
    }

    @Test
    void equalAggregatesGoToTheHigherMeanOnTheHeaviestCriterion() {
        // Both total 72: 6 × 8 + 4 × 6 and 6 × 6 + 4 × 9. Submission 1 is cheaper, earlier and has the lower id.
        RankingResult result = rankTwoCriteria(
                List.of(candidate(1, null, 5_000_000), candidate(2, null, 9_000_000)),
                List.of(twoCriteria(1, 1, 6, 9), twoCriteria(2, 1, 8, 6)));

        assertThat(scoresOf(result, 1).weightedMean())
                .isEqualTo(scoresOf(result, 2).weightedMean());
        assertThat(order(result)).containsExactly(2L, 1L);
    }

    @Test
    void thenTheCheaperProjectRanksFirst() {
        RankingResult result = rankTwoCriteria(
                List.of(candidate(1, null, 9_000_000), candidate(2, null, 5_000_000)),
                List.of(twoCriteria(1, 1, 7, 7), twoCriteria(2, 1, 7, 7)));

        assertThat(order(result)).containsExactly(2L, 1L);
    }

    @Test
    void thenTheEarlierSubmissionRanksFirst() {
        Candidate late = new Candidate(1, null, 5_000_000, OPENED.plusSeconds(3600));
        Candidate early = new Candidate(2, null, 5_000_000, OPENED.plusSeconds(60));

        RankingResult result =
                rankTwoCriteria(List.of(late, early), List.of(twoCriteria(1, 1, 7, 7), twoCriteria(2, 1, 7, 7)));

        assertThat(order(result)).containsExactly(2L, 1L);
    }

    @Test
    void thenTheLowerSubmissionIdRanksFirst() {
        Candidate seven = new Candidate(7, null, 5_000_000, OPENED);
        Candidate three = new Candidate(3, null, 5_000_000, OPENED);

        RankingResult result =
                rankTwoCriteria(List.of(seven, three), List.of(twoCriteria(7, 1, 7, 7), twoCriteria(3, 1, 7, 7)));

        assertThat(order(result)).containsExactly(3L, 7L);
    }

    @Test
    void rankNumbersAreNeverShared() {
        List<Candidate> candidates = List.of(candidate(1), candidate(2), candidate(3));
        List<Sheet> sheets = List.of(sheet(1, 1, 80), sheet(2, 1, 80), sheet(3, 1, 80));

        RankingResult result = Ranking.rank(hundredPoints(), candidates, sheets, Method.WEIGHTED_MEAN);

        assertThat(result.submissions()).extracting(RankedSubmission::rank).containsExactly(1, 2, 3);
    }

    @Test
    void aggregatesThatShowAlikeAreATieSettledByTheTieBreaks() {
        // MAIN weighs 2, OTHER 1, both 0..10000: submission 1 totals 70.333…, submission 2 exactly 70.33.
        ScoringRubric rubric =
                new ScoringRubric(List.of(new Criterion("MAIN", 2, 0, 10_000), new Criterion("OTHER", 1, 0, 10_000)));
        List<Sheet> sheets = List.of(
                new Sheet(1, 1, Map.of("MAIN", 6_000, "OTHER", 9_100)),
                new Sheet(2, 1, Map.of("MAIN", 7_000, "OTHER", 7_099)));

        RankingResult result = Ranking.rank(rubric, List.of(candidate(1), candidate(2)), sheets, Method.WEIGHTED_MEAN);

        assertThat(scoresOf(result, 1).weightedMean())
                .isGreaterThan(scoresOf(result, 2).weightedMean());
        assertThat(scoresOf(result, 1).shown(Method.WEIGHTED_MEAN)).isEqualByComparingTo("70.33");
        assertThat(scoresOf(result, 2).shown(Method.WEIGHTED_MEAN)).isEqualByComparingTo("70.33");
        assertThat(order(result)).containsExactly(2L, 1L);
    }

    @Test
    void unscoredSubmissionsComeLastByAmountReceiptAndId() {
        List<Candidate> candidates = List.of(
                candidate(1, null, 100),
                candidate(2, null, 300),
                candidate(3, null, 100),
                candidate(4, null, 900),
                new Candidate(5, null, 100, OPENED));
        List<Sheet> sheets = List.of(sheet(1, 1, 20), sheet(4, 1, 90));

        RankingResult result = Ranking.rank(hundredPoints(), candidates, sheets, Method.TRIMMED_MEAN);

        assertThat(order(result)).containsExactly(4L, 1L, 5L, 3L, 2L);
        assertThat(result.submissions()).extracting(RankedSubmission::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.unscored()).extracting(RankedSubmission::submissionId).containsExactly(5L, 3L, 2L);
        assertThat(result.find(2).orElseThrow().scores()).isEmpty();
        assertThat(result.find(2).orElseThrow().aggregate()).isEmpty();
    }

    @Test
    void aCallWithoutSheetsHasOnlyUnscoredSubmissions() {
        RankingResult result =
                Ranking.rank(hundredPoints(), List.of(candidate(2), candidate(1)), List.of(), Method.Z_SCORE);

        assertThat(result.scored()).isEmpty();
        assertThat(order(result)).containsExactly(1L, 2L);
        assertThat(result.grandMean()).isZero();
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfSheetsOrCandidates() {
        Random random = new Random(7);
        List<Candidate> candidates = new ArrayList<>();
        List<Sheet> sheets = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            // Few distinct amounts and totals, so that every tie-break level is reached.
            candidates.add(
                    new Candidate(id, null, 1_000 * (1 + random.nextInt(3)), OPENED.plusSeconds(random.nextInt(3))));
            for (long reviewer = 1; reviewer <= 7; reviewer++) {
                if (random.nextInt(3) > 0) {
                    sheets.add(twoCriteria(id, reviewer, 5 + random.nextInt(3), 5 + random.nextInt(3)));
                }
            }
        }
        for (Method method : Method.values()) {
            RankingResult expected = rankWith(method, candidates, sheets);
            for (int shuffle = 0; shuffle < 5; shuffle++) {
                List<Candidate> shuffledCandidates = new ArrayList<>(candidates);
                List<Sheet> shuffledSheets = new ArrayList<>(sheets);
                Collections.shuffle(shuffledCandidates, random);
                Collections.shuffle(shuffledSheets, random);

                assertThat(rankWith(method, shuffledCandidates, shuffledSheets)).isEqualTo(expected);
            }
        }
    }

    private static RankingResult rankWith(Method method, List<Candidate> candidates, List<Sheet> sheets) {
        return Ranking.rank(TWO_CRITERIA, candidates, sheets, method);
    }

    @Test
    void refusesASheetForASubmissionThatIsNotACandidate() {
        assertThatThrownBy(() ->
                        Ranking.rank(hundredPoints(), List.of(candidate(1)), List.of(sheet(2, 1, 50)), Method.MEDIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("submission 2");
    }

    @Test
    void refusesTwoSheetsOfOneReviewerForTheSameSubmission() {
        List<Sheet> sheets = List.of(sheet(1, 9, 50), sheet(1, 8, 60), sheet(1, 9, 70));

        assertThatThrownBy(() -> Ranking.rank(hundredPoints(), List.of(candidate(1)), sheets, Method.MEDIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewer 9")
                .hasMessageContaining("submission 1");
    }

    @Test
    void refusesASubmissionTwiceAmongTheCandidates() {
        assertThatThrownBy(() ->
                        Ranking.rank(hundredPoints(), List.of(candidate(1), candidate(1)), List.of(), Method.MEDIAN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASheetThatDoesNotFitTheRubricNamingItsReviewer() {
        List<Sheet> sheets = List.of(new Sheet(1, 4, Map.of("SCORE", 101)));

        assertThatThrownBy(() -> Ranking.rank(hundredPoints(), List.of(candidate(1)), sheets, Method.MEDIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewer 4")
                .hasMessageContaining("off its scale");
    }
}

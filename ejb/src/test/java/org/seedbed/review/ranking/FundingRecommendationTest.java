package org.seedbed.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.seedbed.review.ranking.RankingFixtures.candidate;
import static org.seedbed.review.ranking.RankingFixtures.hundredPoints;
import static org.seedbed.review.ranking.RankingFixtures.sheet;
import static org.seedbed.review.ranking.RecommendationLine.Reason.BELOW_PASS_MARK;
import static org.seedbed.review.ranking.RecommendationLine.Reason.CALL_FUND;
import static org.seedbed.review.ranking.RecommendationLine.Reason.CATEGORY_BUDGET;
import static org.seedbed.review.ranking.RecommendationLine.Reason.UNSCORED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FundingRecommendationTest {

    private static final long YUAN = 100;

    /** A submission whose one sheet totals {@code total}. */
    private record Entry(long id, String category, long requestedMinor, int total) {}

    private static RankingResult ranking(Method method, List<Entry> entries) {
        List<Candidate> candidates = new ArrayList<>();
        List<Sheet> sheets = new ArrayList<>();
        for (Entry entry : entries) {
            candidates.add(candidate(entry.id(), entry.category(), entry.requestedMinor()));
            if (entry.total() >= 0) {
                sheets.add(sheet(entry.id(), entry.id(), entry.total()));
            }
        }
        return Ranking.rank(hundredPoints(), candidates, sheets, method);
    }

    private static FundingRecommendation recommend(FundingRules rules, Entry... entries) {
        return FundingRecommendation.recommend(ranking(Method.WEIGHTED_MEAN, List.of(entries)), rules);
    }

    private static List<Long> recommendedIds(FundingRecommendation recommendation) {
        return recommendation.recommended().stream()
                .map(line -> line.submission().submissionId())
                .toList();
    }

    private static Set<RecommendationLine.Reason> reasonsOf(FundingRecommendation recommendation, long submissionId) {
        return recommendation.lines().stream()
                .filter(line -> line.submission().submissionId() == submissionId)
                .findFirst()
                .orElseThrow()
                .reasons();
    }

    @Test
    void recommendsInRankOrderWhileTheCallFundLasts() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(300_000 * YUAN, Map.of()),
                new Entry(1, null, 100_000 * YUAN, 90),
                new Entry(2, null, 150_000 * YUAN, 80),
                new Entry(3, null, 100_000 * YUAN, 70));

        assertThat(recommendation.lines())
                .extracting(d -> d.submission().submissionId(), RecommendationLine::recommendedMinor, d -> d.reasons())
                .containsExactly(
                        tuple(1L, 100_000 * YUAN, Set.of()),
                        tuple(2L, 150_000 * YUAN, Set.of()),
                        tuple(3L, 0L, Set.of(CALL_FUND)));
        assertThat(recommendation.recommendedMinor()).isEqualTo(250_000 * YUAN);
        assertThat(recommendation.remainingFundMinor()).isEqualTo(50_000 * YUAN);
    }

    @Test
    void skipsAProjectThatDoesNotFitAndContinuesWithTheNext() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(300_000 * YUAN, Map.of()),
                new Entry(1, null, 200_000 * YUAN, 90),
                new Entry(2, null, 150_000 * YUAN, 85),
                new Entry(3, null, 100_000 * YUAN, 80),
                new Entry(4, null, 10_000 * YUAN, 75));

        assertThat(recommendedIds(recommendation)).containsExactly(1L, 3L);
        assertThat(reasonsOf(recommendation, 2)).containsExactly(CALL_FUND);
        assertThat(reasonsOf(recommendation, 4)).containsExactly(CALL_FUND);
        assertThat(recommendation.lines())
                .extracting(RecommendationLine::remainingFundMinor)
                .containsExactly(100_000 * YUAN, 100_000 * YUAN, 0L, 0L);
    }

    @Test
    void anAmountEqualToWhatIsLeftStillFits() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(100 * YUAN, Map.of("youth", 40 * YUAN)),
                new Entry(1, null, 60 * YUAN, 90),
                new Entry(2, "youth", 40 * YUAN, 80));

        assertThat(recommendedIds(recommendation)).containsExactly(1L, 2L);
        assertThat(recommendation.remainingFundMinor()).isZero();
        assertThat(recommendation.remainingCategoryBudgetsMinor()).containsExactly(entry("youth", 0L));
    }

    @Test
    void respectsCategoryBudgetsAndLeavesOtherCategoriesToTheCallFund() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(1_000_000 * YUAN, Map.of("elderly", 150_000 * YUAN)),
                new Entry(1, "elderly", 100_000 * YUAN, 90),
                new Entry(2, "elderly", 100_000 * YUAN, 85),
                new Entry(3, "youth", 300_000 * YUAN, 80),
                new Entry(4, "elderly", 50_000 * YUAN, 75),
                new Entry(5, null, 200_000 * YUAN, 70));

        assertThat(recommendedIds(recommendation)).containsExactly(1L, 3L, 4L, 5L);
        assertThat(reasonsOf(recommendation, 2)).containsExactly(CATEGORY_BUDGET);
        assertThat(recommendation.remainingCategoryBudgetsMinor()).containsExactly(entry("elderly", 0L));
        assertThat(recommendation.remainingFundMinor()).isEqualTo(350_000 * YUAN);
    }

    @Test
    void namesBothTheCallFundAndTheCategoryBudgetWhenNeitherHasRoom() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(100_000 * YUAN, Map.of("elderly", 50_000 * YUAN)),
                new Entry(1, "youth", 90_000 * YUAN, 90),
                new Entry(2, "elderly", 60_000 * YUAN, 80));

        assertThat(reasonsOf(recommendation, 2)).containsExactly(CALL_FUND, CATEGORY_BUDGET);
    }

    @Test
    void leavesOutSubmissionsBelowThePassMarkEvenWhenTheyWouldFit() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(1_000_000 * YUAN, Map.of()),
                new Entry(1, null, 10_000 * YUAN, 75),
                new Entry(2, null, 10_000 * YUAN, 60),
                new Entry(3, null, 10_000 * YUAN, 59),
                new Entry(4, null, 10_000 * YUAN, 40));

        assertThat(recommendedIds(recommendation)).containsExactly(1L, 2L);
        assertThat(reasonsOf(recommendation, 3)).containsExactly(BELOW_PASS_MARK);
        assertThat(reasonsOf(recommendation, 4)).containsExactly(BELOW_PASS_MARK);
    }

    @Test
    void thePassMarkIsComparedWithTheAggregateAsShown() {
        // 0..10000, so two sheets of 5999 and 6000 average 59.995, shown as 60.00.
        ScoringRubric rubric = new ScoringRubric(List.of(new Criterion("SCORE", 1, 0, 10_000)));
        List<Sheet> sheets = List.of(
                new Sheet(1, 1, Map.of("SCORE", 5_999)),
                new Sheet(1, 2, Map.of("SCORE", 6_000)),
                new Sheet(2, 1, Map.of("SCORE", 5_999)),
                new Sheet(2, 2, Map.of("SCORE", 5_999)));
        RankingResult ranking = Ranking.rank(rubric, List.of(candidate(1), candidate(2)), sheets, Method.WEIGHTED_MEAN);

        FundingRecommendation recommendation =
                FundingRecommendation.recommend(ranking, FundingRules.of(1_000_000 * YUAN, Map.of()));

        assertThat(recommendedIds(recommendation)).containsExactly(1L);
        assertThat(reasonsOf(recommendation, 2)).containsExactly(BELOW_PASS_MARK);
    }

    @Test
    void thePassMarkCanBeChangedOrDropped() {
        Entry good = new Entry(1, null, 10_000 * YUAN, 80);
        Entry fair = new Entry(2, null, 10_000 * YUAN, 70);
        Entry weak = new Entry(3, null, 10_000 * YUAN, 30);
        FundingRules rules = FundingRules.of(1_000_000 * YUAN, Map.of());

        assertThat(recommendedIds(recommend(rules.withPassMark(new BigDecimal("75")), good, fair, weak)))
                .containsExactly(1L);
        assertThat(recommendedIds(recommend(rules.withoutPassMark(), good, fair, weak)))
                .containsExactly(1L, 2L, 3L);
        assertThat(rules.passMark()).isEqualByComparingTo("60");
    }

    @Test
    void thePassMarkAppliesToTheAggregateOfTheRankingsMethod() {
        // A lenient reviewer gives 90, 80, 70; a harsh one 60, 50, 40. By z-score the harsh reviewer's middle
        // proposal reads 65.00, by the mean 50.
        List<Candidate> candidates = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            candidates.add(candidate(id));
        }
        List<Sheet> sheets = List.of(
                sheet(1, 1, 90), sheet(2, 1, 80), sheet(3, 1, 70), sheet(4, 2, 60), sheet(5, 2, 50), sheet(6, 2, 40));
        FundingRules rules = FundingRules.of(1_000_000 * YUAN, Map.of());

        FundingRecommendation byMean = FundingRecommendation.recommend(
                Ranking.rank(hundredPoints(), candidates, sheets, Method.WEIGHTED_MEAN), rules);
        FundingRecommendation byZ = FundingRecommendation.recommend(
                Ranking.rank(hundredPoints(), candidates, sheets, Method.Z_SCORE), rules);

        assertThat(recommendedIds(byMean)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(recommendedIds(byZ)).containsExactly(1L, 4L, 2L, 5L);
        assertThat(reasonsOf(byZ, 3)).containsExactly(BELOW_PASS_MARK);
    }

    @Test
    void unscoredSubmissionsAreNeverRecommended() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(1_000_000 * YUAN, Map.of()).withoutPassMark(),
                new Entry(1, null, 10_000 * YUAN, 70),
                new Entry(2, null, 1 * YUAN, -1));

        assertThat(recommendedIds(recommendation)).containsExactly(1L);
        assertThat(recommendation.lines().get(1).reasons()).containsExactly(UNSCORED);
        assertThat(recommendation.lines().get(1).recommendedMinor()).isZero();
    }

    @Test
    void sumsAreExactInMinorUnits() {
        FundingRecommendation recommendation = recommend(
                FundingRules.of(100_000_000_001L, Map.of("youth", 66_666_666_667L)),
                new Entry(1, "youth", 33_333_333_333L, 90),
                new Entry(2, "youth", 33_333_333_333L, 80),
                new Entry(3, null, 33_333_333_333L, 70));

        assertThat(recommendation.recommendedMinor()).isEqualTo(99_999_999_999L);
        assertThat(recommendation.remainingFundMinor()).isEqualTo(2L);
        assertThat(recommendation.remainingCategoryBudgetsMinor()).containsExactly(entry("youth", 1L));
    }

    @Test
    void neverRecommendsMoreThanTheFundOrACategoryBudget() {
        Random random = new Random(11);
        List<Entry> entries = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            String category = List.of("elderly", "youth", "community").get(random.nextInt(3));
            entries.add(new Entry(id, category, 1 + random.nextInt(1_000_000), 40 + random.nextInt(61)));
        }
        Map<String, Long> budgets = new HashMap<>(Map.of("elderly", 9_000_000L, "youth", 13_000_000L));
        FundingRules rules = FundingRules.of(30_000_000L, budgets);

        FundingRecommendation recommendation =
                FundingRecommendation.recommend(ranking(Method.WEIGHTED_MEAN, entries), rules);

        long total = recommendation.recommended().stream()
                .mapToLong(RecommendationLine::recommendedMinor)
                .sum();
        assertThat(total).isEqualTo(recommendation.recommendedMinor()).isLessThanOrEqualTo(rules.fundMinor());
        assertThat(total + recommendation.remainingFundMinor()).isEqualTo(rules.fundMinor());
        for (String category : budgets.keySet()) {
            long spent = recommendation.recommended().stream()
                    .filter(d -> category.equals(d.submission().candidate().category()))
                    .mapToLong(RecommendationLine::recommendedMinor)
                    .sum();
            assertThat(spent + recommendation.remainingCategoryBudgetsMinor().get(category))
                    .isEqualTo(budgets.get(category));
        }
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> FundingRules.of(-1, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FundingRules.of(100, Map.of("youth", -1L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> candidate(1, null, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

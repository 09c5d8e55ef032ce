package org.seedbed.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringRubricTest {

    /** The usual dimensions of a venture-philanthropy review, on mixed scales. */
    private static ScoringRubric mixedScales() {
        return new ScoringRubric(List.of(
                new Criterion("NEED", 25, 0, 10),
                new Criterion("FEASIBILITY", 20, 0, 10),
                new Criterion("INNOVATION", 15, 1, 5),
                new Criterion("SUSTAINABILITY", 15, 1, 5),
                new Criterion("BUDGET", 15, 0, 10),
                new Criterion("CAPACITY", 10, 1, 5)));
    }

    @Test
    void aTotalPlacesEachScoreOnItsScaleAndWeighsIt() {
        Map<String, Integer> scores =
                Map.of("NEED", 8, "FEASIBILITY", 7, "INNOVATION", 4, "SUSTAINABILITY", 3, "BUDGET", 9, "CAPACITY", 5);

        // 25 × 0.8 + 20 × 0.7 + 15 × 3/4 + 15 × 2/4 + 15 × 0.9 + 10 × 4/4 = 76.25 out of 100
        assertThat(mixedScales().total(scores)).isEqualTo(76.25);
    }

    @Test
    void fullMarksTotalHundredAndTheLowestScoresTotalZero() {
        assertThat(mixedScales()
                        .total(Map.of(
                                "NEED",
                                10,
                                "FEASIBILITY",
                                10,
                                "INNOVATION",
                                5,
                                "SUSTAINABILITY",
                                5,
                                "BUDGET",
                                10,
                                "CAPACITY",
                                5)))
                .isEqualTo(100.0);
        assertThat(mixedScales()
                        .total(Map.of(
                                "NEED",
                                0,
                                "FEASIBILITY",
                                0,
                                "INNOVATION",
                                1,
                                "SUSTAINABILITY",
                                1,
                                "BUDGET",
                                0,
                                "CAPACITY",
                                1)))
                .isEqualTo(0.0);
    }

    @Test
    void weightsAreRelativeToTheirSum() {
        ScoringRubric rubric =
                new ScoringRubric(List.of(new Criterion("NEED", 3, 0, 10), new Criterion("CAPACITY", 1, 0, 10)));

        assertThat(rubric.totalWeight()).isEqualTo(4);
        assertThat(rubric.total(Map.of("NEED", 10, "CAPACITY", 0))).isEqualTo(75.0);
    }

    @Test
    void refusesASheetWithoutAScoreForEveryCriterion() {
        assertThatThrownBy(() -> mixedScales().total(Map.of("NEED", 8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FEASIBILITY");
    }

    @Test
    void refusesAScoreOffItsScale() {
        Map<String, Integer> scores =
                Map.of("NEED", 8, "FEASIBILITY", 7, "INNOVATION", 0, "SUSTAINABILITY", 3, "BUDGET", 9, "CAPACITY", 5);

        assertThatThrownBy(() -> mixedScales().total(scores))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INNOVATION")
                .hasMessageContaining("1..5");
    }

    @Test
    void refusesAScoreForACriterionTheRubricDoesNotHave() {
        ScoringRubric rubric = new ScoringRubric(List.of(new Criterion("NEED", 1, 0, 10)));

        assertThatThrownBy(() -> rubric.total(Map.of("NEED", 5, "CHARM", 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHARM");
    }

    @Test
    void theHeaviestCriterionIsTheFirstOfThoseWithTheLargestWeight() {
        ScoringRubric rubric = new ScoringRubric(List.of(
                new Criterion("NEED", 20, 0, 10), new Criterion("FIT", 25, 0, 10), new Criterion("PLAN", 25, 0, 10)));

        assertThat(rubric.heaviest().code()).isEqualTo("FIT");
    }

    @Test
    void acceptsScalesWhoseMaximumIsTheCriterionsWeight() {
        // Common in Chinese calls: each criterion is scored out of its own weight, here with awkward numbers.
        ScoringRubric rubric = new ScoringRubric(List.of(
                new Criterion("A", 13, 0, 13),
                new Criterion("B", 17, 0, 17),
                new Criterion("C", 19, 0, 19),
                new Criterion("D", 23, 0, 23),
                new Criterion("E", 28, 0, 28)));

        assertThat(rubric.total(Map.of("A", 13, "B", 10, "C", 19, "D", 0, "E", 28)))
                .isEqualTo(70.0);
    }

    @Test
    void refusesScalesTooFineToRankExactly() {
        assertThatThrownBy(
                        () -> new ScoringRubric(List.of(new Criterion("A", 1, 0, 997), new Criterion("B", 1, 0, 991))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finer");
    }

    @Test
    void refusesARubricWithoutCriteriaOrWithACodeTwice() {
        assertThatThrownBy(() -> new ScoringRubric(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new ScoringRubric(List.of(new Criterion("NEED", 1, 0, 10), new Criterion("NEED", 2, 0, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void refusesACriterionWithoutWeightOrWithoutRoomOnItsScale() {
        assertThatThrownBy(() -> new Criterion("NEED", 0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion("NEED", 10, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion(" ", 10, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}

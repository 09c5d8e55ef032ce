package org.seedbed.review.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedbed.review.control.RubricCriterion;

class SheetTallyTest {

    private static RubricCriterion criterion(String code, int weight, int min, int max) {
        return new RubricCriterion(code, code, code, weight, min, max, null, null);
    }

    private static final List<RubricCriterion> STANDARD = List.of(
            criterion("NEED", 25, 0, 10),
            criterion("FEASIBILITY", 20, 0, 10),
            criterion("INNOVATION", 15, 0, 10),
            criterion("SUSTAINABILITY", 15, 0, 10),
            criterion("BUDGET", 15, 0, 10),
            criterion("CAPACITY", 10, 0, 10));

    @Test
    void aCompleteSheetAddsUpAsTheServerDoes() {
        Map<String, Integer> scores =
                Map.of("NEED", 7, "FEASIBILITY", 8, "INNOVATION", 6, "SUSTAINABILITY", 9, "BUDGET", 5, "CAPACITY", 10);

        assertThat(SheetTally.points(STANDARD, scores)).isEqualByComparingTo("73.5");
        assertThat(SheetTally.scored(STANDARD, scores)).isEqualTo(6);
    }

    @Test
    void placesEachScoreOnItsOwnScaleBeforeWeighting() {
        List<RubricCriterion> criteria = List.of(criterion("A", 25, 0, 10), criterion("B", 75, 1, 5));

        assertThat(SheetTally.points(criteria, Map.of("A", 5, "B", 3))).isEqualByComparingTo("50");
        assertThat(SheetTally.points(criteria, Map.of("A", 10, "B", 5))).isEqualByComparingTo("100");
        assertThat(SheetTally.points(criteria, Map.of("A", 0, "B", 1))).isEqualByComparingTo("0");
    }

    @Test
    void countsOnlyTheCriteriaScoredSoFar() {
        List<RubricCriterion> criteria = List.of(criterion("A", 25, 0, 10), criterion("B", 75, 1, 5));
        Map<String, Integer> scores = new HashMap<>();
        scores.put("A", 8);
        scores.put("B", null);
        scores.put("UNKNOWN", 3);

        assertThat(SheetTally.points(criteria, scores)).isEqualByComparingTo("20");
        assertThat(SheetTally.scored(criteria, scores)).isEqualTo(1);
        assertThat(SheetTally.points(criteria, Map.of())).isEqualByComparingTo("0");
    }

    @Test
    void roundsToTwoDecimalsLikeTheServer() {
        List<RubricCriterion> criteria =
                List.of(criterion("A", 1, 0, 10), criterion("B", 1, 0, 10), criterion("C", 1, 0, 10));

        assertThat(SheetTally.points(criteria, Map.of("A", 1, "B", 0, "C", 0))).isEqualTo(new BigDecimal("3.33"));
    }

    @Test
    void offersButtonsUpToElevenValuesAndANumberBeyond() {
        assertThat(SheetTally.scale(criterion("A", 10, 0, 10)))
                .hasSize(11)
                .startsWith(0)
                .endsWith(10);
        assertThat(SheetTally.buttons(criterion("A", 10, 0, 10))).isTrue();
        assertThat(SheetTally.buttons(criterion("A", 10, 1, 11))).isTrue();
        assertThat(SheetTally.buttons(criterion("A", 10, 0, 11))).isFalse();
        assertThat(SheetTally.buttons(criterion("A", 10, 0, 100))).isFalse();
        assertThat(SheetTally.scale(criterion("A", 10, 1, 5))).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void writesTotalsWithoutTrailingZeros() {
        assertThat(SheetTally.text(new BigDecimal("72.50"))).isEqualTo("72.5");
        assertThat(SheetTally.text(new BigDecimal("70.00"))).isEqualTo("70");
        assertThat(SheetTally.text(new BigDecimal("0.00"))).isEqualTo("0");
        assertThat(SheetTally.text(new BigDecimal("68.25"))).isEqualTo("68.25");
        assertThat(SheetTally.text(null)).isNull();
    }
}

package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedbed.grant.boundary.EvaluationForm;
import org.seedbed.grant.control.EvaluationRubric;

class EvaluationTallyTest {

    private static final EvaluationRubric SUZHOU = EvaluationRubric.suzhou();
    private static final BigDecimal SIXTY = new BigDecimal("60");

    private static Map<String, BigDecimal> full(String implementation, String inputs, String finance, String outcomes) {
        return Map.of(
                "IMPLEMENTATION", new BigDecimal(implementation),
                "INPUTS", new BigDecimal(inputs),
                "FINANCE", new BigDecimal(finance),
                "OUTCOMES", new BigDecimal(outcomes));
    }

    private static EvaluationForm.AdjustmentLine item(String points) {
        return new EvaluationForm.AdjustmentLine("item", new BigDecimal(points), "");
    }

    @Test
    void aCompleteEvaluationAddsUpAsTheRubricDoes() {
        Map<String, BigDecimal> scores = full("30.5", "12", "16", "24");
        List<EvaluationForm.AdjustmentLine> items = List.of(item("2"), item("-1.5"));

        EvaluationTally.Result tally = EvaluationTally.of(SUZHOU, scores, items, SIXTY);

        EvaluationRubric.Score server = SUZHOU.score(
                scores,
                List.of(
                        new EvaluationRubric.Adjustment("item", new BigDecimal("2"), ""),
                        new EvaluationRubric.Adjustment("item", new BigDecimal("-1.5"), "")));
        assertThat(tally.total()).isEqualByComparingTo(server.total()).isEqualByComparingTo("83.00");
        assertThat(tally.base()).isEqualByComparingTo("82.5");
        assertThat(tally.grade()).isEqualTo(EvaluationRubric.GOOD);
        assertThat(tally.passed()).isTrue();
        assertThat(tally.complete()).isTrue();
    }

    @Test
    void countsDimensionsNotScoredYetAsZero() {
        Map<String, BigDecimal> scores =
                Map.of("IMPLEMENTATION", new BigDecimal("30"), "OUTCOMES", new BigDecimal("25"));

        EvaluationTally.Result tally = EvaluationTally.of(SUZHOU, scores, List.of(), SIXTY);

        assertThat(tally.total()).isEqualByComparingTo("55");
        assertThat(tally.scored()).isEqualTo(2);
        assertThat(tally.dimensions()).isEqualTo(4);
        assertThat(tally.complete()).isFalse();
        assertThat(tally.passed()).isFalse();
        assertThat(tally.grade()).isEqualTo(EvaluationRubric.FAIL);
    }

    @Test
    void capsBonusesAndPenaltiesAsTheHintsSay() {
        Map<String, BigDecimal> scores = full("30", "12", "15", "25");

        EvaluationTally.Result generous = EvaluationTally.of(SUZHOU, scores, List.of(item("4"), item("3")), SIXTY);
        EvaluationTally.Result strict = EvaluationTally.of(SUZHOU, scores, List.of(item("-8"), item("-6")), SIXTY);

        assertThat(generous.bonus()).isEqualByComparingTo("5");
        assertThat(generous.total()).isEqualByComparingTo("87");
        assertThat(strict.penalty()).isEqualByComparingTo("-10");
        assertThat(strict.total()).isEqualByComparingTo("72");
    }

    @Test
    void judgesAgainstTheEvaluationsOwnPassMark() {
        Map<String, BigDecimal> scores = full("25", "10", "15", "15");

        assertThat(EvaluationTally.of(SUZHOU, scores, List.of(), SIXTY).passed())
                .isTrue();
        EvaluationTally.Result stricter = EvaluationTally.of(SUZHOU, scores, List.of(), new BigDecimal("70"));
        assertThat(stricter.passed()).isFalse();
        assertThat(stricter.grade()).isEqualTo(EvaluationRubric.FAIL);
        assertThat(EvaluationTally.of(SUZHOU, scores, List.of(), null).passMark())
                .isEqualByComparingTo("60");
    }

    @Test
    void leavesOutItemsWithoutPointsAndKeepsPointsWithinRange() {
        Map<String, BigDecimal> scores = Map.of("IMPLEMENTATION", new BigDecimal("40"), "INPUTS", new BigDecimal("-3"));
        List<EvaluationForm.AdjustmentLine> items = List.of(new EvaluationForm.AdjustmentLine("typing", null, null));

        EvaluationTally.Result tally = EvaluationTally.of(SUZHOU, scores, items, SIXTY);

        assertThat(tally.base()).isEqualByComparingTo("35");
        assertThat(tally.bonus()).isEqualByComparingTo("0");
    }
}

package org.seedbed.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedbed.grant.control.EvaluationRubric.Adjustment;
import org.seedbed.grant.control.EvaluationRubric.Dimension;
import org.seedbed.grant.control.EvaluationRubric.Score;

class EvaluationRubricTest {

    private static final EvaluationRubric SUZHOU = EvaluationRubric.suzhou();

    /** Points for implementation, inputs, financial management and outcomes. */
    private static Map<String, BigDecimal> points(
            String implementation, String inputs, String finance, String outcomes) {
        Map<String, BigDecimal> points = new HashMap<>();
        points.put("IMPLEMENTATION", new BigDecimal(implementation));
        points.put("INPUTS", new BigDecimal(inputs));
        points.put("FINANCE", new BigDecimal(finance));
        points.put("OUTCOMES", new BigDecimal(outcomes));
        return points;
    }

    private static Adjustment bonus(String code, String points) {
        return new Adjustment(code, new BigDecimal(points), null);
    }

    private static Adjustment penalty(String code, String points) {
        return new Adjustment(code, new BigDecimal(points).negate(), null);
    }

    private static Score expected(
            String base, String bonus, String penalty, String total, boolean passed, String grade) {
        return new Score(
                new BigDecimal(base),
                new BigDecimal(bonus),
                new BigDecimal(penalty),
                new BigDecimal(total),
                passed,
                grade);
    }

    private static Dimension dimension(String code, String maxPoints) {
        return new Dimension(code, code, code, new BigDecimal(maxPoints), "", "");
    }

    @Test
    void theSuzhouRubricIsWorthOneHundredPointsInFourDimensions() {
        assertThat(SUZHOU.dimensions())
                .extracting(Dimension::code, d -> d.maxPoints().intValueExact())
                .containsExactly(
                        tuple("IMPLEMENTATION", 35), tuple("INPUTS", 15), tuple("FINANCE", 20), tuple("OUTCOMES", 30));
        assertThat(SUZHOU.passMark()).isEqualByComparingTo("60");
        assertThat(SUZHOU.bonusCap()).isEqualByComparingTo("5");
        assertThat(SUZHOU.penaltyCap()).isEqualByComparingTo("10");
        assertThat(SUZHOU.dimensions()).allSatisfy(d -> {
            assertThat(d.nameZh()).isNotBlank();
            assertThat(d.nameEn()).isNotBlank();
            assertThat(d.guidanceZh()).isNotBlank();
            assertThat(d.guidanceEn()).isNotBlank();
        });
        assertThat(SUZHOU.dimensions().get(0).name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("项目实施");
        assertThat(SUZHOU.dimensions().get(0).name(Locale.ENGLISH)).isEqualTo("Implementation");
    }

    @Test
    void addsTheDimensionsAndTheAdjustments() {
        Score score = SUZHOU.score(
                points("28.5", "12", "16", "22"), List.of(bonus("MEDIA", "2"), penalty("LATE_REPORT", "3")));

        assertThat(score).isEqualTo(expected("78.50", "2.00", "-3.00", "77.50", true, "GOOD"));
    }

    @Test
    void capsTheBonus() {
        Score score = SUZHOU.score(
                points("35", "15", "20", "30"), List.of(bonus("MEDIA", "3"), bonus("INNOVATION_AWARD", "4")));

        assertThat(score).isEqualTo(expected("100.00", "5.00", "0.00", "105.00", true, "EXCELLENT"));
    }

    @Test
    void capsThePenalty() {
        Score score = SUZHOU.score(
                points("25", "10", "15", "20"),
                List.of(penalty("LATE_REPORT", "6"), penalty("SAFETY_INCIDENT", "8"), bonus("MEDIA", "1")));

        assertThat(score).isEqualTo(expected("70.00", "1.00", "-10.00", "61.00", true, "PASS"));
    }

    @Test
    void neverGoesBelowZero() {
        Score score = SUZHOU.score(points("2", "1", "1", "1"), List.of(penalty("SAFETY_INCIDENT", "10")));

        assertThat(score).isEqualTo(expected("5.00", "0.00", "-10.00", "0.00", false, "FAIL"));
    }

    @Test
    void roundsToTwoDecimalsHalfUp() {
        Score score = SUZHOU.score(points("30.125", "15", "20", "30"), null);

        assertThat(score).isEqualTo(expected("95.13", "0.00", "0.00", "95.13", true, "EXCELLENT"));
    }

    @Test
    void gradesAtTheBoundaries() {
        assertThat(SUZHOU.score(points("35", "15", "20", "20"), List.of()).grade())
                .isEqualTo("EXCELLENT");
        assertThat(SUZHOU.score(points("35", "15", "20", "19.99"), List.of()).grade())
                .isEqualTo("GOOD");
        assertThat(SUZHOU.score(points("30", "10", "15", "20"), List.of()).grade())
                .isEqualTo("GOOD");
        assertThat(SUZHOU.score(points("30", "10", "15", "19.99"), List.of()).grade())
                .isEqualTo("PASS");
        assertThat(SUZHOU.score(points("20", "10", "10", "20"), List.of()))
                .isEqualTo(expected("60.00", "0.00", "0.00", "60.00", true, "PASS"));
        assertThat(SUZHOU.score(points("20", "10", "10", "19.99"), List.of()))
                .isEqualTo(expected("59.99", "0.00", "0.00", "59.99", false, "FAIL"));
    }

    @Test
    void aBonusCanLiftAnEvaluationOverThePassMark() {
        Score score = SUZHOU.score(points("20", "10", "10", "18"), List.of(bonus("MEDIA", "2")));

        assertThat(score.passed()).isTrue();
        assertThat(score.total()).isEqualByComparingTo("60");
    }

    @Test
    void aFailIsAFailWhateverThePassMark() {
        EvaluationRubric strict =
                new EvaluationRubric(SUZHOU.dimensions(), new BigDecimal("80"), SUZHOU.bonusCap(), SUZHOU.penaltyCap());

        Score score = strict.score(points("30", "10", "15", "20"), List.of());

        assertThat(score.passed()).isFalse();
        assertThat(score.grade()).isEqualTo("FAIL");
    }

    @Test
    void refusesAMissingDimension() {
        Map<String, BigDecimal> points = points("30", "10", "15", "20");
        points.remove("FINANCE");

        assertThatThrownBy(() -> SUZHOU.score(points, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FINANCE");
    }

    @Test
    void refusesPointsAboveTheMaximum() {
        assertThatThrownBy(() -> SUZHOU.score(points("35.01", "10", "15", "20"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IMPLEMENTATION")
                .hasMessageContaining("35");
    }

    @Test
    void refusesNegativePoints() {
        assertThatThrownBy(() -> SUZHOU.score(points("30", "-1", "15", "20"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INPUTS");
    }

    @Test
    void refusesUnknownDimensions() {
        Map<String, BigDecimal> points = points("30", "10", "15", "20");
        points.put("BUDGET", BigDecimal.ONE);

        assertThatThrownBy(() -> SUZHOU.score(points, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BUDGET");
    }

    @Test
    void refusesMissingPointsAndAdjustmentsWithoutPoints() {
        assertThatThrownBy(() -> SUZHOU.score(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        Map<String, BigDecimal> unscored = points("30", "10", "15", "20");
        unscored.put("OUTCOMES", null);
        assertThatThrownBy(() -> SUZHOU.score(unscored, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OUTCOMES");
        assertThatThrownBy(() ->
                        SUZHOU.score(points("30", "10", "15", "20"), List.of(new Adjustment("MEDIA", null, "报道"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDIA");
    }

    @Test
    void aPenaltyCapMayBeWrittenAsANegativeNumber() {
        EvaluationRubric rubric =
                new EvaluationRubric(SUZHOU.dimensions(), SUZHOU.passMark(), SUZHOU.bonusCap(), new BigDecimal("-10"));

        assertThat(rubric).isEqualTo(SUZHOU);
    }

    @Test
    void refusesRubricsThatAreNotOnAOneHundredPointScale() {
        assertThatThrownBy(() -> new EvaluationRubric(
                        List.of(dimension("A", "50"), dimension("B", "40")),
                        new BigDecimal("60"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
    }

    @Test
    void refusesInconsistentRubrics() {
        assertThatThrownBy(() -> new EvaluationRubric(
                        List.of(dimension("A", "50"), dimension("A", "50")),
                        new BigDecimal("60"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A");
        assertThatThrownBy(() -> new EvaluationRubric(
                        SUZHOU.dimensions(), new BigDecimal("101"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationRubric(
                        SUZHOU.dimensions(), new BigDecimal("60"), new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dimension("A", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dimension(" ", "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new EvaluationRubric(List.of(), new BigDecimal("60"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRubricSurvivesAJsonRoundTrip() {
        EvaluationRubric own = new EvaluationRubric(
                List.of(
                        new Dimension("DELIVERY", "服务成效", "Delivery", new BigDecimal("60"), "看成效", "Results"),
                        new Dimension("ACCOUNTS", "财务规范", "Accounts", new BigDecimal("40"), "看账目", "Books")),
                new BigDecimal("70"),
                BigDecimal.ZERO,
                new BigDecimal("5"));

        assertThat(EvaluationRubric.fromJson(own.toJson())).isEqualTo(own);
        assertThat(EvaluationRubric.fromJson(SUZHOU.toJson())).isEqualTo(SUZHOU);
    }

    @Test
    void noStoredRubricMeansTheSuzhouOne() {
        assertThat(EvaluationRubric.fromJson(null)).isEqualTo(SUZHOU);
        assertThat(EvaluationRubric.fromJson(" ")).isEqualTo(SUZHOU);
    }
}

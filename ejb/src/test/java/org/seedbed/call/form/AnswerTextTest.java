package org.seedbed.call.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

    private static final Question FIELD = new Question(
            "field",
            QuestionType.SINGLE_CHOICE,
            "服务领域",
            "Field",
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            List.of(new Choice("elderly", "为老服务", "Elderly care"), new Choice("youth", "青少年", null)));

    private static Question question(QuestionType type) {
        return new Question("q", type, "问题", null, null, null, false, null, null, null, null, null);
    }

    @Test
    void showsAChoiceByItsLabelInTheLocaleOrByItsValueWhenUnknown() {
        assertThat(AnswerText.of(FIELD, Json.createValue("elderly"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("为老服务");
        assertThat(AnswerText.of(FIELD, Json.createValue("elderly"), Locale.ENGLISH))
                .isEqualTo("Elderly care");
        assertThat(AnswerText.of(FIELD, Json.createValue("youth"), Locale.ENGLISH))
                .isEqualTo("青少年");
        assertThat(AnswerText.of(FIELD, Json.createValue("sports"), Locale.ENGLISH))
                .isEqualTo("sports");
        assertThat(AnswerText.raw(FIELD, Json.createValue("elderly"))).isEqualTo("elderly");
    }

    @Test
    void showsMoneyWithTwoDecimalsAndNumbersWithoutTrailingZeros() {
        assertThat(AnswerText.of(
                        question(QuestionType.MONEY), Json.createValue(new BigDecimal("1234.5")), Locale.ENGLISH))
                .isEqualTo("1234.50");
        assertThat(AnswerText.of(
                        question(QuestionType.NUMBER), Json.createValue(new BigDecimal("120.0")), Locale.ENGLISH))
                .isEqualTo("120");
        assertThat(AnswerText.of(
                        question(QuestionType.NUMBER), Json.createValue(new BigDecimal("1E+3")), Locale.ENGLISH))
                .isEqualTo("1000");
    }

    @Test
    void showsTextsDatesAndFilesAsTheyAre() {
        assertThat(AnswerText.of(question(QuestionType.LONG_TEXT), Json.createValue("第一段\n第二段"), null))
                .isEqualTo("第一段\n第二段");
        assertThat(AnswerText.of(question(QuestionType.DATE), Json.createValue("2025-03-01"), Locale.ENGLISH))
                .isEqualTo("2025-03-01");
        assertThat(AnswerText.of(
                        question(QuestionType.FILE),
                        Json.createArrayBuilder().add(17).add(18).build(),
                        Locale.ENGLISH))
                .isEqualTo("17, 18");
    }

    @Test
    void showsNoAnswerAsEmptyText() {
        for (JsonValue nothing : List.of(JsonValue.NULL, Json.createValue(" "), JsonValue.EMPTY_JSON_ARRAY)) {
            assertThat(AnswerText.of(question(QuestionType.SHORT_TEXT), nothing, Locale.ENGLISH))
                    .isEmpty();
        }
        assertThat(AnswerText.of(question(QuestionType.BUDGET_TABLE), null, Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void showsIndicatorsWithBaselineTargetAndUnit() {
        JsonValue rows = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("name", "服务老人")
                        .add("unit", "人")
                        .add("baseline", 0)
                        .add("target", 120))
                .add(Json.createObjectBuilder().add("name", "满意度").add("target", new BigDecimal("0.90")))
                .build();

        assertThat(AnswerText.of(question(QuestionType.INDICATOR_TABLE), rows, Locale.ENGLISH))
                .isEqualTo("服务老人: 0 → 120 人\n满意度: 0.9");
    }
}

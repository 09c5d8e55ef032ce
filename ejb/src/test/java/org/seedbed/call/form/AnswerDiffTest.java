package org.seedbed.call.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnswerDiffTest {

    private static final FormDefinition FORM = new FormDefinition(List.of(new FormPage(
            "about",
            "项目概况",
            "About",
            List.of(
                    question("name", QuestionType.SHORT_TEXT, "项目名称", "Project name"),
                    question("amount", QuestionType.MONEY, "申请金额", "Amount requested"),
                    new Question(
                            "groups",
                            QuestionType.MULTIPLE_CHOICE,
                            "服务对象",
                            "Served",
                            null,
                            null,
                            false,
                            null,
                            null,
                            null,
                            null,
                            List.of(
                                    new Choice("elderly", "老年人", "Elderly people"),
                                    new Choice("children", "儿童", "Children"),
                                    new Choice("disabled", "残障人士", "People with disabilities"))),
                    question("budget", QuestionType.BUDGET_TABLE, "预算", "Budget"),
                    question("indicators", QuestionType.INDICATOR_TABLE, "成效指标", "Indicators")))));

    @Test
    void findsNoChangeBetweenEqualAnswers() {
        JsonObject answers = Json.createObjectBuilder()
                .add("name", "长者食堂")
                .add("amount", 100)
                .add("groups", Json.createArrayBuilder().add("elderly").add("children"))
                .build();
        JsonObject same = Json.createObjectBuilder()
                .add("groups", Json.createArrayBuilder().add("children").add("elderly"))
                .add("amount", new BigDecimal("100.00"))
                .add("name", "长者食堂")
                .add("unknown", "ignored")
                .build();

        assertThat(AnswerDiff.between(FORM, answers, same)).isEmpty();
        assertThat(AnswerDiff.between(FORM, null, JsonObject.EMPTY_JSON_OBJECT)).isEmpty();
    }

    @Test
    void listsChangedQuestionsInTheFormsOrderWithBothLabels() {
        JsonObject before = Json.createObjectBuilder()
                .add("amount", new BigDecimal("40000"))
                .add("name", "长者食堂")
                .build();
        JsonObject after = Json.createObjectBuilder()
                .add("name", "长者幸福食堂")
                .add("amount", new BigDecimal("38000.5"))
                .build();

        assertThat(AnswerDiff.between(FORM, before, after))
                .containsExactly(
                        new AnswerDiff.Change("name", "项目名称", "Project name", "长者食堂", "长者幸福食堂"),
                        new AnswerDiff.Change("amount", "申请金额", "Amount requested", "40000.00", "38000.50"));
    }

    @Test
    void showsAMissingAnswerAsEmptyText() {
        JsonObject named = Json.createObjectBuilder().add("name", "长者食堂").build();
        JsonObject blank = Json.createObjectBuilder().addNull("name").build();

        assertThat(AnswerDiff.between(FORM, blank, named))
                .singleElement()
                .extracting(AnswerDiff.Change::before, AnswerDiff.Change::after)
                .containsExactly("", "长者食堂");
        assertThat(AnswerDiff.between(FORM, named, null))
                .singleElement()
                .extracting(AnswerDiff.Change::before, AnswerDiff.Change::after)
                .containsExactly("长者食堂", "");
    }

    @Test
    void showsChoicesAsTheirValuesOrLabelsInTheFormsOrder() {
        JsonObject before = Json.createObjectBuilder()
                .add("groups", Json.createArrayBuilder().add("elderly"))
                .build();
        JsonObject after = Json.createObjectBuilder()
                .add("groups", Json.createArrayBuilder().add("disabled").add("elderly"))
                .build();

        assertThat(AnswerDiff.between(FORM, before, after))
                .containsExactly(new AnswerDiff.Change("groups", "服务对象", "Served", "elderly", "elderly、disabled"));
        assertThat(AnswerDiff.between(FORM, before, after, Locale.SIMPLIFIED_CHINESE))
                .extracting(AnswerDiff.Change::after)
                .containsExactly("老年人、残障人士");
        assertThat(AnswerDiff.between(FORM, before, after, Locale.ENGLISH))
                .extracting(AnswerDiff.Change::after)
                .containsExactly("Elderly people, People with disabilities");
    }

    @Test
    void showsBudgetsOneLinePerRow() {
        JsonObject before = Json.createObjectBuilder()
                .add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("item", "宣传册")
                                        .add("unitCost", 200)
                                        .add("quantity", 3)))
                .build();
        JsonObject after = Json.createObjectBuilder()
                .add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("item", "宣传册")
                                        .add("unitCost", 200)
                                        .add("quantity", 3)
                                        .add("own", 100))
                                .add(Json.createObjectBuilder()
                                        .add("category", "活动费用")
                                        .add("item", "场地")
                                        .add("unitCost", new BigDecimal("1500.5"))
                                        .add("quantity", new BigDecimal("1.5"))))
                .build();

        List<AnswerDiff.Change> changes = AnswerDiff.between(FORM, before, after);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualTo("宣传册: 3 × 200.00 = 600.00");
            assertThat(change.after())
                    .isEqualTo("宣传册: 3 × 200.00 = 600.00（自筹 100.00，配套 0.00）\n" + "活动费用 / 场地: 1.5 × 1500.50 = 2250.75");
        });
        assertThat(AnswerDiff.between(FORM, before, after, Locale.ENGLISH))
                .singleElement()
                .extracting(AnswerDiff.Change::after)
                .asString()
                .startsWith("宣传册: 3 × 200.00 = 600.00 (own 100.00, co-funding 0.00)\n");
    }

    @Test
    void seesAChangeInAnyColumnOfATable() {
        JsonObject before = Json.createObjectBuilder()
                .add(
                        "indicators",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "服务老人")
                                        .add("unit", "人")
                                        .add("target", 120)))
                .build();
        JsonObject after = Json.createObjectBuilder()
                .add(
                        "indicators",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "服务老人")
                                        .add("unit", "人次")
                                        .add("baseline", 0)
                                        .add("target", 120)))
                .build();

        assertThat(AnswerDiff.between(FORM, before, after))
                .singleElement()
                .extracting(AnswerDiff.Change::before, AnswerDiff.Change::after)
                .containsExactly("服务老人: 120 人", "服务老人: 0 → 120 人次");
    }

    private static Question question(String key, QuestionType type, String labelZh, String labelEn) {
        return new Question(key, type, labelZh, labelEn, null, null, false, null, null, null, null, null);
    }
}

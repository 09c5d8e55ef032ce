package org.seedbed.call.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormDefinitionTest {

    private static final Question TOPIC = new Question(
            "topic",
            QuestionType.SINGLE_CHOICE,
            "服务领域",
            "Field",
            "选择最主要的一个",
            null,
            true,
            null,
            null,
            null,
            null,
            List.of(new Choice("elderly", "为老服务", "Elderly care"), new Choice("youth", "青少年", null)));

    private static final Question BUDGET = new Question(
            "budget", QuestionType.BUDGET_TABLE, "预算", "Budget", null, null, true, null, null, null, null, null);

    private static final Question AMOUNT = new Question(
            "amount",
            QuestionType.MONEY,
            "申请金额",
            null,
            null,
            null,
            false,
            null,
            null,
            BigDecimal.ZERO,
            new BigDecimal("50000.00"),
            null);

    private static final FormDefinition FORM = new FormDefinition(List.of(
            new FormPage("about", "项目概况", "About", List.of(TOPIC, AMOUNT)),
            new FormPage("money", "预算", null, List.of(BUDGET))));

    @Test
    void survivesAJsonRoundTrip() {
        String json = FORM.toJson();

        assertThat(FormDefinition.fromJson(json)).isEqualTo(FORM);
        assertThat(json).contains("\"type\":\"SINGLE_CHOICE\"").doesNotContain("budgetQuestion");
    }

    @Test
    void readsMissingListsAsEmpty() {
        FormDefinition form = FormDefinition.fromJson(
                "{\"pages\":[{\"key\":\"p\",\"titleZh\":\"页\",\"questions\":[{\"key\":\"x\",\"type\":\"NUMBER\"}]}]}");

        assertThat(form.questions()).singleElement().satisfies(q -> {
            assertThat(q.choices()).isEmpty();
            assertThat(q.required()).isFalse();
        });
        assertThat(FormDefinition.fromJson("{}").pages()).isEmpty();
    }

    @Test
    void readsABlankTextAsTheEmptyForm() {
        assertThat(FormDefinition.fromJson(null)).isEqualTo(FormDefinition.empty());
        assertThat(FormDefinition.fromJson(" ")).isEqualTo(FormDefinition.empty());
    }

    @Test
    void listsQuestionsPageAfterPageAndFindsThemByKey() {
        assertThat(FORM.questions()).containsExactly(TOPIC, AMOUNT, BUDGET);
        assertThat(FORM.question("amount")).contains(AMOUNT);
        assertThat(FORM.question("nothing")).isEmpty();
        assertThat(FORM.budgetQuestion()).contains(BUDGET);
        assertThat(FormDefinition.empty().budgetQuestion()).isEmpty();
    }

    @Test
    void speaksChineseToChineseLocalesAndEnglishToOthersFallingBackWhenBlank() {
        assertThat(TOPIC.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("服务领域");
        assertThat(TOPIC.label(Locale.ENGLISH)).isEqualTo("Field");
        assertThat(TOPIC.label(Locale.GERMAN)).isEqualTo("Field");
        assertThat(AMOUNT.label(Locale.ENGLISH)).isEqualTo("申请金额");
        assertThat(TOPIC.help(Locale.ENGLISH)).isEqualTo("选择最主要的一个");
        assertThat(AMOUNT.help(Locale.ENGLISH)).isEmpty();
        assertThat(FORM.pages().get(1).title(Locale.ENGLISH)).isEqualTo("预算");
        assertThat(TOPIC.choices().get(1).label(Locale.ENGLISH)).isEqualTo("青少年");
        assertThat(new Choice("x", null, " ").label(Locale.ENGLISH)).isEqualTo("x");
    }
}

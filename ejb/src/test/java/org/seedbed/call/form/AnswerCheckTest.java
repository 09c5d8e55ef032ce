package org.seedbed.call.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedbed.problem.FieldProblem;

class AnswerCheckTest {

    private static final FormDefinition FORM = new FormDefinition(List.of(
            new FormPage(
                    "about",
                    "项目概况",
                    "About",
                    List.of(
                            question("name", QuestionType.SHORT_TEXT, true, null, 20, null, null),
                            question("summary", QuestionType.LONG_TEXT, true, 10, null, null, null),
                            question("people", QuestionType.NUMBER, false, null, null, BigDecimal.ONE, bd("10000")),
                            question("amount", QuestionType.MONEY, false, null, null, null, bd("50000")),
                            question("start", QuestionType.DATE, false, null, null, null, null),
                            choices("field", QuestionType.SINGLE_CHOICE),
                            choices("groups", QuestionType.MULTIPLE_CHOICE),
                            question("plan", QuestionType.FILE, false, null, null, null, null))),
            new FormPage(
                    "plan",
                    "预算与成效",
                    "Budget and results",
                    List.of(
                            question("budget", QuestionType.BUDGET_TABLE, true, null, null, null, null),
                            question("indicators", QuestionType.INDICATOR_TABLE, false, null, null, null, null)))));

    /** A call that grants 10 000 to 50 000 yuan and wants a fifth paid by others, in two categories. */
    private static final BudgetLimits LIMITS = new BudgetLimits(bd("10000"), bd("50000"), 20, Set.of("人员费用", "活动费用"));

    private static List<FieldProblem> draft(JsonObject answers) {
        return AnswerCheck.problems(FORM, answers, LIMITS, false);
    }

    private static List<FieldProblem> submission(JsonObject answers) {
        return AnswerCheck.problems(FORM, answers, LIMITS, true);
    }

    /** A complete application that keeps every rule: 40 000 asked of a 50 000 budget. */
    private static JsonObjectBuilder valid() {
        return Json.createObjectBuilder()
                .add("name", "长者食堂")
                .add("summary", "为社区独居老人提供午餐和探访服务。")
                .add("people", 120)
                .add("amount", new BigDecimal("40000.50"))
                .add("start", "2025-03-01")
                .add("field", "elderly")
                .add("groups", Json.createArrayBuilder().add("elderly").add("disabled"))
                .add("plan", Json.createArrayBuilder().add(17).add(18))
                .add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(line("人员费用", "社工补贴", "3000", "10", "5000", "0"))
                                .add(line("活动费用", "食材", "20", "1000", "0", "5000")))
                .add(
                        "indicators",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "服务老人")
                                        .add("unit", "人")
                                        .add("baseline", 0)
                                        .add("target", 120)));
    }

    @Test
    void acceptsACompleteApplication() {
        assertThat(submission(valid().build())).isEmpty();
        assertThat(draft(valid().build())).isEmpty();
    }

    @Test
    void aDraftMayBeIncomplete() {
        JsonObject started = Json.createObjectBuilder()
                .add("name", "长者")
                .add("summary", "太短")
                .add(
                        "budget",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("item", "食材")))
                .add("indicators", Json.createArrayBuilder().add(Json.createObjectBuilder()))
                .build();

        assertThat(draft(started)).isEmpty();
        assertThat(draft(JsonObject.EMPTY_JSON_OBJECT)).isEmpty();
        assertThat(AnswerCheck.problems(FORM, null, null, false)).isEmpty();
    }

    @Test
    void aSubmissionAnswersEveryRequiredQuestion() {
        JsonObject blanks = Json.createObjectBuilder()
                .add("name", "  ")
                .addNull("summary")
                .add("budget", Json.createArrayBuilder())
                .build();

        assertThat(submission(blanks))
                .containsExactly(
                        FieldProblem.of("name", "form.answer.required"),
                        FieldProblem.of("summary", "form.answer.required"),
                        FieldProblem.of("budget", "form.answer.required"));
    }

    @Test
    void aDraftStillReportsAnswersOfTheWrongForm() {
        JsonObject wrong = Json.createObjectBuilder()
                .add("name", "一个远远超过二十个字的项目名称，用来测试长度限制是否有效")
                .add("people", "很多")
                .add("amount", new BigDecimal("-5"))
                .add("start", "2025-02-30")
                .add("field", "sports")
                .add("groups", Json.createArrayBuilder().add("elderly").add("sports"))
                .add("plan", Json.createArrayBuilder().add("plan.pdf"))
                .add("color", "blue")
                .build();

        assertThat(draft(wrong))
                .containsExactly(
                        FieldProblem.of("name", "form.answer.tooLong", 20),
                        FieldProblem.of("people", "form.answer.notNumber"),
                        FieldProblem.of("amount", "form.answer.money"),
                        FieldProblem.of("start", "form.answer.date"),
                        FieldProblem.of("field", "form.answer.choice", "sports"),
                        FieldProblem.of("groups", "form.answer.choice", "sports"),
                        FieldProblem.of("plan", "form.answer.invalid"),
                        FieldProblem.of("color", "form.answer.unknown"));
    }

    @Test
    void countsCharactersNotBytesAndIgnoresSurroundingSpaces() {
        String twenty = "一二三四五六七八九十一二三四五六七八九十";

        assertThat(draft(Json.createObjectBuilder()
                        .add("name", "  " + twenty + "\n")
                        .build()))
                .isEmpty();
        assertThat(draft(Json.createObjectBuilder().add("name", twenty + "一").build()))
                .containsExactly(FieldProblem.of("name", "form.answer.tooLong", 20));
    }

    @Test
    void limitsTextsWithoutAMaximumToADefault() {
        String tooLong = "字".repeat(AnswerCheck.LONG_TEXT_MAX + 1);

        assertThat(draft(Json.createObjectBuilder().add("summary", tooLong).build()))
                .containsExactly(FieldProblem.of("summary", "form.answer.tooLong", AnswerCheck.LONG_TEXT_MAX));
    }

    @Test
    void tooShortAndOutOfRangeOnlyMatterOnSubmission() {
        JsonObject answers = valid().add("summary", "太短了")
                .add("people", 0)
                .add("amount", new BigDecimal("50000.01"))
                .build();

        assertThat(draft(answers)).isEmpty();
        assertThat(submission(answers))
                .containsExactly(
                        FieldProblem.of("summary", "form.answer.tooShort", 10),
                        FieldProblem.of("people", "form.answer.min", "1"),
                        FieldProblem.of("amount", "form.answer.max", "50000.00"));
    }

    @Test
    void moneyHasAtMostTwoDecimals() {
        assertThat(draft(Json.createObjectBuilder()
                        .add("amount", new BigDecimal("100.005"))
                        .build()))
                .containsExactly(FieldProblem.of("amount", "form.answer.money"));
        assertThat(draft(Json.createObjectBuilder()
                        .add("amount", new BigDecimal("100.500"))
                        .build()))
                .isEmpty();
    }

    @Test
    void rejectsNumbersNoProjectNeeds() {
        assertThat(draft(Json.createObjectBuilder()
                        .add("people", new BigDecimal("1e15"))
                        .add("amount", new BigDecimal("2000000000000"))
                        .build()))
                .containsExactly(
                        FieldProblem.of("people", "form.answer.max", "1000000000000"),
                        FieldProblem.of("amount", "form.answer.max", "1000000000000"));
        assertThat(draft(Json.createObjectBuilder()
                        .add("people", new BigDecimal("1.1234567"))
                        .build()))
                .containsExactly(FieldProblem.of("people", "form.answer.decimals", 6));
    }

    @Test
    void datesAreYearMonthDay() {
        assertThat(draft(Json.createObjectBuilder().add("start", "2024-02-29").build()))
                .isEmpty();
        for (String date : List.of("2025/03/01", "2025-3-1", "01-03-2025", "+12025-03-01", "2025-03-01T10:00")) {
            assertThat(draft(Json.createObjectBuilder().add("start", date).build()))
                    .as(date)
                    .containsExactly(FieldProblem.of("start", "form.answer.date"));
        }
        assertThat(draft(Json.createObjectBuilder().add("start", 20250301).build()))
                .containsExactly(FieldProblem.of("start", "form.answer.date"));
    }

    @Test
    void choicesMustBeStringsOfTheRightShape() {
        JsonObject answers = Json.createObjectBuilder()
                .add("field", Json.createArrayBuilder().add("elderly"))
                .add("groups", "elderly")
                .build();

        assertThat(draft(answers))
                .containsExactly(
                        FieldProblem.of("field", "form.answer.invalid"),
                        FieldProblem.of("groups", "form.answer.invalid"));
    }

    @Test
    void filesArePositiveAttachmentIds() {
        assertThat(draft(Json.createObjectBuilder()
                        .add("plan", Json.createArrayBuilder().add(0))
                        .build()))
                .containsExactly(FieldProblem.of("plan", "form.answer.invalid"));
        assertThat(draft(Json.createObjectBuilder()
                        .add("plan", Json.createArrayBuilder().add(new BigDecimal("1.5")))
                        .build()))
                .containsExactly(FieldProblem.of("plan", "form.answer.invalid"));
    }

    @Test
    void reportsTheBudgetAskingMoreThanTheCap() {
        BudgetLimits capOnly = new BudgetLimits(null, bd("50000"), null, null);
        JsonObject atCap = valid().add(
                        "budget", Json.createArrayBuilder().add(line("人员费用", "社工补贴", "5000.01", "10", "0.10", "0")))
                .build();
        JsonObject overCap = valid().add(
                        "budget", Json.createArrayBuilder().add(line("人员费用", "社工补贴", "5000.01", "10", "0", "0")))
                .build();

        assertThat(AnswerCheck.problems(FORM, atCap, capOnly, true)).isEmpty();
        assertThat(AnswerCheck.problems(FORM, overCap, capOnly, true))
                .containsExactly(FieldProblem.of("budget", "form.budget.cap", "50000.10", "50000.00"));
        assertThat(AnswerCheck.problems(FORM, overCap, capOnly, false)).isEmpty();
    }

    @Test
    void reportsTheBudgetAskingLessThanTheMinimum() {
        JsonObject answers = valid().add(
                        "budget", Json.createArrayBuilder().add(line("活动费用", "食材", "20", "500", "2000", "0")))
                .build();

        assertThat(submission(answers))
                .containsExactly(FieldProblem.of("budget", "form.budget.minimum", "8000.00", "10000.00"));
    }

    @Test
    void reportsTooSmallAShareOfCofunding() {
        JsonObject answers = valid().add(
                        "budget", Json.createArrayBuilder().add(line("活动费用", "食材", "100", "200", "1500", "1500")))
                .build();

        assertThat(submission(answers))
                .containsExactly(FieldProblem.of("budget", "form.budget.cofunding", "15.0", "20"));
    }

    @Test
    void aShareJustShortOfTheRequiredPercentIsShort() {
        // 3 999.99 of 20 000 is 19.99995 %, which would round to 20.0 %.
        JsonObject answers = valid().add(
                        "budget", Json.createArrayBuilder().add(line("活动费用", "食材", "100", "200", "3999.99", "0")))
                .build();
        JsonObject exactly = valid().add(
                        "budget", Json.createArrayBuilder().add(line("活动费用", "食材", "100", "200", "3000", "1000")))
                .build();

        assertThat(submission(answers))
                .containsExactly(FieldProblem.of("budget", "form.budget.cofunding", "19.9", "20"));
        assertThat(submission(exactly)).isEmpty();
    }

    @Test
    void aLineCannotBePaidMoreThanItCosts() {
        JsonObject answers = valid().add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(line("人员费用", "社工补贴", "3000", "10", "5000", "0"))
                                .add(line("活动费用", "食材", "20", "1000", "15000", "5000.01")))
                .build();

        assertThat(submission(answers))
                .containsExactly(FieldProblem.of("budget[1].own", "form.budget.line.overfunded"));
        assertThat(draft(answers)).isEmpty();
    }

    @Test
    void reportsCellsOfBudgetLinesByRowAndColumn() {
        JsonObject answers = valid().add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(line("交通费用", "包车", "500", "2", "0", "0"))
                                .add(line("活动费用", "食材", "-20", "2.555", "0.001", "0"))
                                .add(Json.createObjectBuilder().add("category", "人员费用"))
                                .add("食材"))
                .build();

        assertThat(draft(answers))
                .containsExactly(
                        FieldProblem.of("budget[0].category", "form.budget.line.category", "交通费用"),
                        FieldProblem.of("budget[1].unitCost", "form.budget.line.amount"),
                        FieldProblem.of("budget[1].quantity", "form.answer.decimals", 2),
                        FieldProblem.of("budget[1].own", "form.budget.line.amount"),
                        FieldProblem.of("budget[3]", "form.answer.invalid"));
        // Sums of lines that are themselves wrong are not checked against the call's rules.
        assertThat(submission(answers))
                .containsExactly(
                        FieldProblem.of("budget[0].category", "form.budget.line.category", "交通费用"),
                        FieldProblem.of("budget[1].unitCost", "form.budget.line.amount"),
                        FieldProblem.of("budget[1].quantity", "form.answer.decimals", 2),
                        FieldProblem.of("budget[1].own", "form.budget.line.amount"),
                        FieldProblem.of("budget[2].item", "form.budget.line.item"),
                        FieldProblem.of("budget[2].unitCost", "form.answer.required"),
                        FieldProblem.of("budget[2].quantity", "form.answer.required"),
                        FieldProblem.of("budget[3]", "form.answer.invalid"));
    }

    @Test
    void aBudgetLineNeedsACategoryOnlyWhenTheCallHasCategories() {
        JsonObject answers = valid().add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("item", "社工补贴")
                                        .add("unitCost", 4000)
                                        .add("quantity", 10)
                                        .add("own", 8000)))
                .build();
        BudgetLimits anyCategory = new BudgetLimits(null, null, null, null);

        assertThat(submission(answers)).containsExactly(FieldProblem.of("budget[0].category", "form.answer.required"));
        assertThat(AnswerCheck.problems(FORM, answers, anyCategory, true)).isEmpty();
    }

    @Test
    void aCallWithoutLimitsTakesAnyBudget() {
        JsonObject answers = valid().add(
                        "budget", Json.createArrayBuilder().add(line("交通", "包车", "999999", "100", "0", "0")))
                .build();

        assertThat(AnswerCheck.problems(FORM, answers, BudgetLimits.none(), true))
                .isEmpty();
        assertThat(AnswerCheck.problems(FORM, answers, null, true)).isEmpty();
    }

    @Test
    void indicatorsNeedANameAndATargetOnSubmission() {
        JsonObject answers = valid().add(
                        "indicators",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "探访次数")
                                        .add("target", 500))
                                .add(Json.createObjectBuilder().add("unit", "人").add("baseline", 3))
                                .add(Json.createObjectBuilder()
                                        .add("name", "满意度")
                                        .add("baseline", "高")
                                        .add("target", "更高")))
                .build();

        assertThat(submission(answers))
                .containsExactly(
                        FieldProblem.of("indicators[1].name", "form.indicator.name"),
                        FieldProblem.of("indicators[1].target", "form.indicator.target"),
                        FieldProblem.of("indicators[2].baseline", "form.answer.notNumber"),
                        FieldProblem.of("indicators[2].target", "form.answer.notNumber"));
        assertThat(draft(answers))
                .containsExactly(
                        FieldProblem.of("indicators[2].baseline", "form.answer.notNumber"),
                        FieldProblem.of("indicators[2].target", "form.answer.notNumber"));
    }

    @Test
    void tablesAreArraysOfObjects() {
        JsonObject answers = Json.createObjectBuilder()
                .add("budget", Json.createObjectBuilder().add("item", "食材"))
                .add("indicators", "服务 100 人")
                .build();

        assertThat(draft(answers))
                .containsExactly(
                        FieldProblem.of("budget", "form.answer.invalid"),
                        FieldProblem.of("indicators", "form.answer.invalid"));
    }

    @Test
    void everyProblemReadsAsASentenceInBothLanguages() {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(submission(Json.createObjectBuilder().add("x", 1).build()));
        problems.addAll(draft(Json.createObjectBuilder()
                .add("name", "名".repeat(30))
                .add("people", new BigDecimal("0.1234567"))
                .add("amount", -1)
                .add("start", "tomorrow")
                .add("field", "sports")
                .add("plan", "plan.pdf")
                .build()));
        problems.addAll(draft(Json.createObjectBuilder().add("people", "很多").build()));
        problems.addAll(submission(valid().add("summary", "短").add("people", 0).build()));
        problems.addAll(submission(valid().add("people", 1_000_000).build()));
        problems.addAll(submission(valid().add(
                        "budget",
                        Json.createArrayBuilder()
                                .add(line("交通", "", "1", "1", "0", "0"))
                                .add(line("活动费用", "食材", "-1", "1", "0", "0")))
                .build()));
        problems.addAll(
                submission(valid().add("budget", Json.createArrayBuilder().add(line("活动费用", "食材", "1", "1", "2", "0")))
                        .build()));
        problems.addAll(submission(
                valid().add("budget", Json.createArrayBuilder().add(line("活动费用", "食材", "100000", "1", "0", "0")))
                        .build()));
        problems.addAll(submission(
                valid().add("budget", Json.createArrayBuilder().add(line("活动费用", "食材", "100", "1", "0", "0")))
                        .build()));
        problems.addAll(
                submission(valid().add("indicators", Json.createArrayBuilder().add(Json.createObjectBuilder()))
                        .build()));
        problems.addAll(FormDefinitionCheck.problems(FormDefinition.empty()));
        problems.addAll(FormDefinitionCheck.problems(new FormDefinition(List.of(new FormPage(
                "p",
                "",
                null,
                List.of(
                        question("Bad", null, false, 0, null, BigDecimal.TEN, BigDecimal.ONE),
                        choices("budget", QuestionType.SINGLE_CHOICE),
                        new Question(
                                "budget",
                                QuestionType.MULTIPLE_CHOICE,
                                "",
                                null,
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null),
                        question("b1", QuestionType.BUDGET_TABLE, false, null, null, null, null),
                        question("b2", QuestionType.BUDGET_TABLE, false, null, null, null, null)))))));
        problems.addAll(
                FormDefinitionCheck.problems(new FormDefinition(List.of(new FormPage("p", "页", null, List.of())))));

        assertThat(problems.stream().map(FieldProblem::key).distinct())
                .containsExactlyInAnyOrder(
                        "form.noPages",
                        "form.page.title",
                        "form.page.empty",
                        "form.question.key",
                        "form.question.keyTaken",
                        "form.question.type",
                        "form.question.label",
                        "form.question.choices",
                        "form.question.range",
                        "form.budget.twice",
                        "form.answer.required",
                        "form.answer.tooShort",
                        "form.answer.tooLong",
                        "form.answer.notNumber",
                        "form.answer.decimals",
                        "form.answer.min",
                        "form.answer.max",
                        "form.answer.money",
                        "form.answer.date",
                        "form.answer.choice",
                        "form.answer.invalid",
                        "form.answer.unknown",
                        "form.budget.line.item",
                        "form.budget.line.category",
                        "form.budget.line.amount",
                        "form.budget.line.overfunded",
                        "form.budget.cap",
                        "form.budget.minimum",
                        "form.budget.cofunding",
                        "form.indicator.name",
                        "form.indicator.target");
        for (FieldProblem problem : problems) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String message = problem.message(locale);
                assertThat(message).as(problem + " in " + locale).isNotEqualTo(problem.key());
                assertThat(message)
                        .as(problem + " in " + locale)
                        .doesNotContain("{")
                        .doesNotContain("'");
            }
        }
        assertThat(problems.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isNotEqualTo(problems.get(0).message(Locale.ENGLISH));
    }

    static JsonObjectBuilder line(
            String category, String item, String unitCost, String quantity, String own, String cofunding) {
        return Json.createObjectBuilder()
                .add("category", category)
                .add("item", item)
                .add("unitCost", new BigDecimal(unitCost))
                .add("quantity", new BigDecimal(quantity))
                .add("own", new BigDecimal(own))
                .add("cofunding", new BigDecimal(cofunding));
    }

    private static Question question(
            String key,
            QuestionType type,
            boolean required,
            Integer minLength,
            Integer maxLength,
            BigDecimal min,
            BigDecimal max) {
        return new Question(key, type, "问题 " + key, null, null, null, required, minLength, maxLength, min, max, null);
    }

    private static Question choices(String key, QuestionType type) {
        return new Question(
                key,
                type,
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
                        new Choice("disabled", "残障人士", "People with disabilities")));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}

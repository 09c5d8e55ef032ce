package org.seedbed.call.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedbed.problem.FieldProblem;

class FormDefinitionCheckTest {

    private static final List<Choice> TWO_CHOICES =
            List.of(new Choice("elderly", "为老服务", "Elderly care"), new Choice("youth", "青少年", "Youth"));

    static Question question(String key, QuestionType type) {
        return new Question(
                key,
                type,
                "问题 " + key,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                type.hasChoices() ? TWO_CHOICES : List.of());
    }

    static FormDefinition form(Question... questions) {
        return new FormDefinition(List.of(new FormPage("basics", "基本信息", "Basics", List.of(questions))));
    }

    private static List<FieldProblem> problems(Question... questions) {
        return FormDefinitionCheck.problems(form(questions));
    }

    @Test
    void acceptsAFormWithEveryKindOfQuestion() {
        Question[] questions = new Question[QuestionType.values().length];
        for (QuestionType type : QuestionType.values()) {
            questions[type.ordinal()] = question(type.name().toLowerCase(), type);
        }

        assertThat(problems(questions)).isEmpty();
    }

    @Test
    void needsAtLeastOnePage() {
        assertThat(FormDefinitionCheck.problems(FormDefinition.empty()))
                .containsExactly(FieldProblem.of("pages", "form.noPages"));
        assertThat(FormDefinitionCheck.problems(new FormDefinition(null)))
                .containsExactly(FieldProblem.of("pages", "form.noPages"));
    }

    @Test
    void needsAChineseTitleAndAQuestionOnEveryPage() {
        FormDefinition form = new FormDefinition(List.of(
                new FormPage("basics", "基本信息", null, List.of(question("name", QuestionType.SHORT_TEXT))),
                new FormPage("budget", " ", "Budget", List.of())));

        assertThat(FormDefinitionCheck.problems(form))
                .containsExactly(
                        FieldProblem.of("pages[1].title", "form.page.title"),
                        FieldProblem.of("pages[1].questions", "form.page.empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Name", "1st", "project-name", "项目", "_name", "project name"})
    void rejectsKeysThatAreNotShortLowerCaseIdentifiers(String key) {
        assertThat(problems(question(key, QuestionType.SHORT_TEXT)))
                .containsExactly(FieldProblem.of("pages[0].questions[0].key", "form.question.key"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "project_name", "q2", "budget_2025"})
    void acceptsLowerCaseKeys(String key) {
        assertThat(problems(question(key, QuestionType.SHORT_TEXT))).isEmpty();
    }

    @Test
    void keysHaveAtMost40Characters() {
        assertThat(problems(question("k".repeat(40), QuestionType.SHORT_TEXT))).isEmpty();
        assertThat(problems(question("k".repeat(41), QuestionType.SHORT_TEXT)))
                .containsExactly(FieldProblem.of("pages[0].questions[0].key", "form.question.key"));
    }

    @Test
    void rejectsAMissingKey() {
        assertThat(problems(question(null, QuestionType.SHORT_TEXT)))
                .extracting(FieldProblem::key)
                .containsExactly("form.question.key");
    }

    @Test
    void namesTheKeyUsedTwiceEvenOnAnotherPage() {
        FormDefinition form = new FormDefinition(List.of(
                new FormPage("one", "第一页", null, List.of(question("name", QuestionType.SHORT_TEXT))),
                new FormPage("two", "第二页", null, List.of(question("name", QuestionType.LONG_TEXT)))));

        assertThat(FormDefinitionCheck.problems(form))
                .containsExactly(FieldProblem.of("pages[1].questions[0].key", "form.question.keyTaken", "name"));
    }

    @Test
    void needsAChineseLabelAndAType() {
        Question unlabelled = new Question("name", null, "", "Name", null, null, false, null, null, null, null, null);

        assertThat(problems(unlabelled))
                .containsExactly(
                        FieldProblem.of("pages[0].questions[0].type", "form.question.type"),
                        FieldProblem.of("pages[0].questions[0].labelZh", "form.question.label"));
    }

    @Test
    void choiceQuestionsNeedTwoChoicesWithDistinctValues() {
        Question one = withChoices("one", QuestionType.SINGLE_CHOICE, List.of(new Choice("a", "甲", null)));
        Question twice = withChoices(
                "twice", QuestionType.MULTIPLE_CHOICE, List.of(new Choice("a", "甲", null), new Choice("a", "乙", null)));
        Question blank = withChoices(
                "blank", QuestionType.SINGLE_CHOICE, List.of(new Choice("a", "甲", null), new Choice(" ", "乙", null)));
        Question none = withChoices("none", QuestionType.MULTIPLE_CHOICE, null);

        assertThat(problems(one, twice, blank, none))
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(
                        tuple("pages[0].questions[0].choices", "form.question.choices"),
                        tuple("pages[0].questions[1].choices", "form.question.choices"),
                        tuple("pages[0].questions[2].choices", "form.question.choices"),
                        tuple("pages[0].questions[3].choices", "form.question.choices"));
    }

    @Test
    void otherQuestionsNeedNoChoices() {
        assertThat(problems(withChoices("name", QuestionType.SHORT_TEXT, List.of())))
                .isEmpty();
    }

    @Test
    void rejectsRangesThatNoAnswerCouldMeet() {
        Question numbers = new Question(
                "count",
                QuestionType.NUMBER,
                "人数",
                null,
                null,
                null,
                true,
                null,
                null,
                BigDecimal.TEN,
                BigDecimal.ONE,
                null);
        Question lengths =
                new Question("text", QuestionType.LONG_TEXT, "简介", null, null, null, true, 500, 100, null, null, null);
        Question zero =
                new Question("short", QuestionType.SHORT_TEXT, "名称", null, null, null, true, 0, -1, null, null, null);

        assertThat(problems(numbers, lengths, zero))
                .containsExactly(
                        FieldProblem.of("pages[0].questions[0].max", "form.question.range"),
                        FieldProblem.of("pages[0].questions[1].maxLength", "form.question.range"),
                        FieldProblem.of("pages[0].questions[2].minLength", "form.question.range"),
                        FieldProblem.of("pages[0].questions[2].maxLength", "form.question.range"));
    }

    @Test
    void acceptsEqualBounds() {
        Question exact = new Question(
                "count", QuestionType.NUMBER, "人数", null, null, null, true, 5, 5, BigDecimal.ONE, BigDecimal.ONE, null);

        assertThat(problems(exact)).isEmpty();
    }

    @Test
    void allowsOnlyOneBudgetTable() {
        assertThat(problems(
                        question("budget", QuestionType.BUDGET_TABLE),
                        question("indicators", QuestionType.INDICATOR_TABLE),
                        question("budget_2", QuestionType.BUDGET_TABLE)))
                .containsExactly(FieldProblem.of("pages[0].questions[2].type", "form.budget.twice"));
    }

    private static Question withChoices(String key, QuestionType type, List<Choice> choices) {
        return new Question(key, type, "问题", null, null, null, false, null, null, null, null, choices);
    }
}

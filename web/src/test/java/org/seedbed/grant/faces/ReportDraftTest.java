package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.seedbed.call.form.Choice;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;
import org.seedbed.grant.boundary.ReportForm;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.problem.FieldProblem;

class ReportDraftTest {

    private static final List<Choice> CHANNELS = List.of(
            new Choice("wechat", "微信群", "WeChat group"),
            new Choice("poster", "海报", "Posters"),
            new Choice("door", "上门", "Door to door"));

    private static final FormDefinition QUESTIONS = new FormDefinition(List.of(
            new FormPage(
                    "page_1",
                    "服务情况",
                    "Services",
                    List.of(
                            question("highlight", QuestionType.LONG_TEXT, "本期亮点", "Highlights", true),
                            question("visits", QuestionType.NUMBER, "入户次数", "Home visits", true),
                            question("spent_own", QuestionType.MONEY, "自筹支出", "Own money spent", false))),
            new FormPage(
                    "page_2",
                    "宣传",
                    null,
                    List.of(
                            question("event_on", QuestionType.DATE, "主要活动日期", "Main event", false),
                            question("satisfied", QuestionType.SINGLE_CHOICE, "是否满意", "Satisfied", false),
                            question("channels", QuestionType.MULTIPLE_CHOICE, "宣传渠道", "Channels", false)))));

    private static Question question(String key, QuestionType type, String zh, String en, boolean required) {
        List<Choice> choices =
                switch (type) {
                    case SINGLE_CHOICE -> List.of(new Choice("yes", "满意", "Yes"), new Choice("no", "不满意", "No"));
                    case MULTIPLE_CHOICE -> CHANNELS;
                    default -> List.of();
                };
        return new Question(key, type, zh, en, null, null, required, null, null, null, null, choices);
    }

    private static ActualRow actual(String code, String value) {
        return new ActualRow(code, code, "people", new BigDecimal("100"), value == null ? null : new BigDecimal(value));
    }

    private static ReportDraft progress(List<ReportDraft.QuestionPage> pages) {
        return new ReportDraft(7L, 3L, GrantReport.Kind.PROGRESS, "进展", List.of(), List.of(), pages);
    }

    private static ReportDraft unanswered() {
        return progress(ReportDraft.questionPages(QUESTIONS, JsonValue.EMPTY_JSON_OBJECT, Locale.SIMPLIFIED_CHINESE));
    }

    private static ReportDraft financial(List<ExpenseRow> expenses) {
        return new ReportDraft(8L, 1L, GrantReport.Kind.FINANCIAL, null, List.of(), expenses, List.of());
    }

    private static ReportAnswer answer(ReportDraft draft, String key) {
        return draft.getAnswers().stream()
                .filter(a -> a.getKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void totalsTheAmountsTypedSoFar() {
        List<ExpenseRow> rows = List.of(
                new ExpenseRow("activities", "venue", new BigDecimal("1200.50")),
                new ExpenseRow("materials", "leaflets", null),
                new ExpenseRow("personnel", "social worker", new BigDecimal("3000")));

        assertThat(ReportDraft.total(rows)).isEqualByComparingTo("4200.50");
        assertThat(ReportDraft.total(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void sendsOnlyTheActualsGivenAndTheLinesTypedInto() {
        ReportDraft draft = new ReportDraft(
                7L,
                3L,
                GrantReport.Kind.PROGRESS,
                "Twelve activities held.",
                List.of(actual("BENEFICIARIES", "240"), actual("VOLUNTEERS", null)),
                List.of(new ExpenseRow("activities", "venue", new BigDecimal("800")), new ExpenseRow()),
                List.of());

        ReportForm form = draft.toForm();

        assertThat(form.narrative()).isEqualTo("Twelve activities held.");
        assertThat(form.indicatorActuals()).containsOnlyKeys("BENEFICIARIES");
        assertThat(form.indicatorActuals().get("BENEFICIARIES")).isEqualByComparingTo("240");
        assertThat(form.expenses())
                .containsExactly(new ReportForm.ExpenseLine("activities", "venue", new BigDecimal("800")));
        assertThat(form.answers()).isEmpty();
        assertThat(form.version()).isEqualTo(3L);
    }

    @Test
    void alwaysOffersALineToTypeInto() {
        ReportDraft draft = financial(List.of());
        assertThat(draft.getExpenses()).hasSize(1);

        draft.addExpense();
        draft.getExpenses().get(1).setAmount(new BigDecimal("50"));
        assertThat(draft.getTotal()).isEqualByComparingTo("50");

        draft.removeExpense(1);
        draft.removeExpense(0);
        assertThat(draft.getExpenses()).hasSize(1);
        assertThat(draft.getTotal()).isEqualByComparingTo("0");
    }

    @Test
    void ignoresARemovalOfALineThatIsNoLongerThere() {
        ReportDraft draft = financial(List.of(new ExpenseRow("a", "b", BigDecimal.ONE)));

        draft.removeExpense(5);

        assertThat(draft.getExpenses()).hasSize(1);
        assertThat(draft.getTotal()).isEqualByComparingTo("1");
    }

    @Test
    void asksForExpensesInFinancialReportsAndWhereLinesWereWrittenBefore() {
        assertThat(financial(List.of()).isExpensesAsked()).isTrue();
        assertThat(financial(List.of()).isFinancial()).isTrue();
        assertThat(progress(List.of()).isExpensesAsked()).isFalse();
        assertThat(new ReportDraft(
                                7L,
                                3L,
                                GrantReport.Kind.PROGRESS,
                                null,
                                List.of(),
                                List.of(new ExpenseRow("activities", "venue", BigDecimal.TEN)),
                                List.of())
                        .isExpensesAsked())
                .isTrue();
    }

    @Test
    void fillsTheQuestionsWithTheSavedAnswersInThePageLanguage() {
        JsonObject saved = Json.createObjectBuilder()
                .add("highlight", "老人食堂开张")
                .add("visits", 36)
                .add("event_on", "2026-05-04")
                .add("satisfied", "yes")
                .add("channels", Json.createArrayBuilder().add("wechat").add("door"))
                .build();

        List<ReportDraft.QuestionPage> pages = ReportDraft.questionPages(QUESTIONS, saved, Locale.ENGLISH);
        ReportDraft draft = progress(pages);

        assertThat(pages).extracting(ReportDraft.QuestionPage::title).containsExactly("Services", "宣传");
        assertThat(draft.getAnswers())
                .extracting(ReportAnswer::getLabel)
                .containsExactly("Highlights", "Home visits", "Own money spent", "Main event", "Satisfied", "Channels");
        assertThat(answer(draft, "highlight").getText()).isEqualTo("老人食堂开张");
        assertThat(answer(draft, "highlight").isRequired()).isTrue();
        assertThat(answer(draft, "visits").getNumber()).isEqualByComparingTo("36");
        assertThat(answer(draft, "spent_own").getNumber()).isNull();
        assertThat(answer(draft, "event_on").getDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(answer(draft, "satisfied").getText()).isEqualTo("yes");
        assertThat(answer(draft, "channels").getChosen()).containsExactly("wechat", "door");
        assertThat(answer(draft, "channels").getOptions())
                .extracting(ReportAnswer.Option::label)
                .containsExactly("WeChat group", "Posters", "Door to door");
    }

    @Test
    void leavesAnswersOfTheWrongKindOut() {
        JsonObject saved = Json.createObjectBuilder()
                .add("visits", "many")
                .add("event_on", "next spring")
                .build();

        ReportDraft draft = progress(ReportDraft.questionPages(QUESTIONS, saved, Locale.SIMPLIFIED_CHINESE));

        assertThat(answer(draft, "visits").getNumber()).isNull();
        assertThat(answer(draft, "event_on").getDate()).isNull();
        assertThat(draft.toForm().answers()).isEmpty();
    }

    @Test
    void sendsTheAnswersGivenInTheShapesOfApplicationAnswers() {
        ReportDraft draft = unanswered();
        answer(draft, "highlight").setText("  ");
        answer(draft, "visits").setNumber(new BigDecimal("12"));
        answer(draft, "spent_own").setNumber(new BigDecimal("350.50"));
        answer(draft, "event_on").setDate(LocalDate.of(2026, 5, 4));
        answer(draft, "satisfied").setText("no");
        answer(draft, "channels").setChosen(List.of("poster"));

        JsonObject answers = draft.toForm().answers();

        assertThat(answers.keySet()).containsExactly("visits", "spent_own", "event_on", "satisfied", "channels");
        assertThat(answers.getJsonNumber("visits").bigDecimalValue()).isEqualByComparingTo("12");
        assertThat(answers.getJsonNumber("spent_own").bigDecimalValue()).isEqualByComparingTo("350.50");
        assertThat(answers.getString("event_on")).isEqualTo("2026-05-04");
        assertThat(answers.getString("satisfied")).isEqualTo("no");
        assertThat(answers.getJsonArray("channels").getString(0)).isEqualTo("poster");
        assertThat(answers.getJsonArray("channels")).hasSize(1);
    }

    @Test
    void leavesAnEmptyChoiceOfManyOut() {
        ReportDraft draft = unanswered();
        answer(draft, "channels").setChosen(List.of());
        answer(draft, "highlight").setText("开张");

        assertThat(draft.toForm().answers().keySet()).containsExactly("highlight");
    }

    @Test
    void keepsEachProblemBesideItsField() {
        ReportDraft draft = unanswered();

        draft.showProblems(
                List.of(
                        FieldProblem.of("narrative", "report.narrative.required"),
                        FieldProblem.of("answers.visits", "form.answer.required")),
                Locale.ENGLISH);

        assertThat(draft.isFaulty()).isTrue();
        assertThat(draft.problem("narrative")).isNotBlank();
        assertThat(draft.answerProblem("visits")).isNotBlank();
        assertThat(draft.answerProblem("highlight")).isNull();
        assertThat(draft.labelOf("answers.visits")).isEqualTo("入户次数");
        assertThat(draft.labelOf("narrative")).isNull();
    }

    @Test
    void findsTheRowOfAnExpenseProblemAmongTheLinesSent() {
        ReportDraft draft = financial(List.of(
                new ExpenseRow("activities", "venue", BigDecimal.TEN),
                new ExpenseRow(),
                new ExpenseRow("materials", "leaflets", null)));

        // The blank row is not sent, so the third row is the second line the boundary counts.
        draft.showProblems(List.of(FieldProblem.of("expenses[1].amount", "report.expense.amount")), Locale.ENGLISH);

        assertThat(draft.expenseProblem(0)).isNull();
        assertThat(draft.expenseProblem(1)).isNull();
        assertThat(draft.expenseProblem(2)).isNotBlank();

        draft.removeExpense(1);
        assertThat(draft.expenseProblem(1)).isNull();
    }
}

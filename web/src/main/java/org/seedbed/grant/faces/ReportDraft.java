package org.seedbed.grant.faces;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.grant.boundary.IndicatorTarget;
import org.seedbed.grant.boundary.ReportForm;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.problem.FieldProblem;

/**
 * A report as the grantee writes it on ngo/grant.xhtml. A progress or final report tells what
 * happened (the narrative), an actual for each of the grant's indicators and the answers to the
 * call's report questions; a financial report lists the expense lines with their total, the
 * narrative being optional notes on them. It keeps the version of the report it was opened at, so
 * that a report changed elsewhere meanwhile is not overwritten, and the problems of the last
 * refused save or sending by field, to show them beside their inputs.
 */
public class ReportDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field of the boundary's problems with the expense lines as a whole. */
    static final String EXPENSES = "expenses";

    static final String ANSWERS = "answers.";

    static final String ACTUALS = "indicatorActuals.";

    private static final Pattern EXPENSE_LINE = Pattern.compile("expenses\\[(\\d+)](?:\\.\\w+)?");

    /** The questions of one page of the call's report form, with the grantee's answers. */
    public record QuestionPage(String title, List<ReportAnswer> answers) implements Serializable {

        public QuestionPage {
            answers = List.copyOf(answers);
        }
    }

    private final long reportId;
    private final long version;
    private final GrantReport.Kind kind;
    private String narrative;
    private final List<ActualRow> actuals;
    private final List<ExpenseRow> expenses;
    private final boolean expensesGiven;
    private final List<QuestionPage> questionPages;
    private final Map<String, String> problems = new LinkedHashMap<>();

    ReportDraft(
            long reportId,
            long version,
            GrantReport.Kind kind,
            String narrative,
            List<ActualRow> actuals,
            List<ExpenseRow> expenses,
            List<QuestionPage> questionPages) {
        this.reportId = reportId;
        this.version = version;
        this.kind = kind;
        this.narrative = narrative;
        this.actuals = new ArrayList<>(actuals);
        this.expenses = new ArrayList<>(expenses);
        this.expensesGiven = !expenses.isEmpty();
        this.questionPages = List.copyOf(questionPages);
        if (this.expenses.isEmpty()) {
            // An empty table invites nobody to fill it in.
            this.expenses.add(new ExpenseRow());
        }
    }

    /** The report as last saved, with one row per indicator of the grant and one answer per report question. */
    static ReportDraft of(ReportView report, List<IndicatorTarget> indicators, Locale locale) {
        Map<String, BigDecimal> given = ReportJson.numbers(report.indicatorActuals());
        List<ActualRow> actuals = new ArrayList<>();
        for (IndicatorTarget indicator : indicators) {
            actuals.add(new ActualRow(
                    indicator.code(),
                    GrantTexts.name(indicator, locale),
                    GrantTexts.unit(indicator, locale),
                    indicator.target(),
                    given.get(indicator.code())));
        }
        List<ExpenseRow> expenses = ReportJson.expenses(report.expenses()).stream()
                .map(ExpenseRow::of)
                .toList();
        return new ReportDraft(
                report.id(),
                report.version(),
                report.kind(),
                report.narrative(),
                actuals,
                expenses,
                questionPages(report.form(), report.answers(), locale));
    }

    /** The report questions page by page, filled with the saved answers; a page without questions is left out. */
    static List<QuestionPage> questionPages(FormDefinition form, JsonObject answers, Locale locale) {
        if (form == null) {
            return List.of();
        }
        JsonObject saved = answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers;
        List<QuestionPage> pages = new ArrayList<>();
        for (FormPage page : form.pages()) {
            List<ReportAnswer> fields = page.questions().stream()
                    .filter(q -> q.key() != null && q.type() != null)
                    .map(q -> ReportAnswer.of(q, saved.get(q.key()), locale))
                    .toList();
            if (!fields.isEmpty()) {
                pages.add(new QuestionPage(page.title(locale), fields));
            }
        }
        return pages;
    }

    /** What is sent to save the report: empty actuals, blank expense rows and unanswered questions are left out. */
    ReportForm toForm() {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        for (ActualRow row : actuals) {
            if (row.getActual() != null) {
                byCode.put(row.getCode(), row.getActual());
            }
        }
        List<ReportForm.ExpenseLine> lines = expenses.stream()
                .filter(row -> !row.isBlank())
                .map(ExpenseRow::line)
                .toList();
        return new ReportForm(narrative, byCode, lines, answersJson(), version);
    }

    /** The answers keyed by question; the empty object when nothing is answered. */
    private JsonObject answersJson() {
        JsonObjectBuilder json = null;
        for (ReportAnswer answer : getAnswers()) {
            JsonValue value = answer.toJson();
            if (value != null) {
                if (json == null) {
                    json = Json.createObjectBuilder();
                }
                json.add(answer.getKey(), value);
            }
        }
        return json == null ? JsonValue.EMPTY_JSON_OBJECT : json.build();
    }

    /** The sum of the amounts typed so far; lines without an amount add nothing. */
    static BigDecimal total(List<ExpenseRow> rows) {
        return rows.stream()
                .map(ExpenseRow::getAmount)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Keeps the problems of a refused save or sending, by the field they name. */
    void showProblems(List<FieldProblem> refused, Locale locale) {
        problems.clear();
        for (FieldProblem problem : refused) {
            String field = problem.field() == null ? "" : problem.field();
            problems.merge(field, problem.message(locale), (a, b) -> a + " " + b);
        }
    }

    /** The problem of a field at the last save or sending, or null: {@code narrative}, {@code expenses}, .... */
    public String problem(String field) {
        return problems.get(field);
    }

    public String answerProblem(String questionKey) {
        return problems.get(ANSWERS + questionKey);
    }

    public String actualProblem(String code) {
        return problems.get(ACTUALS + code);
    }

    /**
     * The problem of an expense row. The boundary counts only the lines sent, which leave blank rows
     * out, so the row's place among those is looked up.
     */
    public String expenseProblem(int row) {
        if (row < 0 || row >= expenses.size() || expenses.get(row).isBlank()) {
            return null;
        }
        long sent = expenses.subList(0, row).stream().filter(r -> !r.isBlank()).count();
        List<String> messages = new ArrayList<>();
        problems.forEach((field, message) -> {
            Matcher line = EXPENSE_LINE.matcher(field);
            if (line.matches() && Integer.parseInt(line.group(1)) == sent) {
                messages.add(message);
            }
        });
        return messages.isEmpty() ? null : String.join(" ", messages);
    }

    /** Whether the last save or sending was refused for a reason shown beside an input. */
    public boolean isFaulty() {
        return !problems.isEmpty();
    }

    /**
     * The label of the question or indicator a problem's field names, to say where it is in the
     * page's messages; null for the other fields.
     */
    String labelOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith(ANSWERS)) {
            String key = field.substring(ANSWERS.length());
            return getAnswers().stream()
                    .filter(a -> a.getKey().equals(key))
                    .map(ReportAnswer::getLabel)
                    .findFirst()
                    .orElse(null);
        }
        if (field.startsWith(ACTUALS)) {
            String code = field.substring(ACTUALS.length());
            return actuals.stream()
                    .filter(a -> a.getCode().equals(code))
                    .map(ActualRow::getName)
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    public BigDecimal getTotal() {
        return total(expenses);
    }

    public void addExpense() {
        expenses.add(new ExpenseRow());
    }

    public void removeExpense(int index) {
        if (index >= 0 && index < expenses.size()) {
            expenses.remove(index);
            // The lines' numbers no longer fit their problems.
            problems.keySet().removeIf(field -> EXPENSE_LINE.matcher(field).matches());
        }
        if (expenses.isEmpty()) {
            expenses.add(new ExpenseRow());
        }
    }

    public long getReportId() {
        return reportId;
    }

    public long getVersion() {
        return version;
    }

    public GrantReport.Kind getKind() {
        return kind;
    }

    /** A financial report: expense lines, the narrative being optional notes on them. */
    public boolean isFinancial() {
        return kind == GrantReport.Kind.FINANCIAL;
    }

    /**
     * Whether the expense table is shown: in financial reports, and in a progress or final report
     * that already holds lines, written before reports came in pairs.
     */
    public boolean isExpensesAsked() {
        return isFinancial() || expensesGiven;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public List<ActualRow> getActuals() {
        return actuals;
    }

    public List<ExpenseRow> getExpenses() {
        return expenses;
    }

    public List<QuestionPage> getQuestionPages() {
        return questionPages;
    }

    /** Every answer, page after page. */
    public List<ReportAnswer> getAnswers() {
        return questionPages.stream().flatMap(p -> p.answers().stream()).toList();
    }
}

package org.seedbed.grant.faces;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.boundary.Reports;
import org.seedbed.grant.entity.GrantReport;

/**
 * The report review dialog shared by staff/grants.xhtml and staff/grant.xhtml: what the grantee
 * wrote, then approving it (a note is optional) or asking for changes (the note says what to
 * change, so it is required). It keeps plain copies of the report, not the view with its JSON;
 * the answers to the report questions are kept as text in both languages, so that the dialog
 * shows them in the page's language.
 */
public class StaffReportReview implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An indicator's actual as the report gives it. */
    public record Actual(String code, BigDecimal value) implements Serializable {}

    /** An expense line of a financial or final report. */
    public record Expense(String category, String item, BigDecimal amount) implements Serializable {}

    private Long reportId;
    private long grantId;
    private String grantTitle;
    private String title;
    private GrantReport.Kind kind;
    private LocalDate dueOn;
    private boolean late;
    private String narrative;
    private Instant submittedAt;
    private String submittedBy;
    private List<Actual> actuals = List.of();
    private List<Expense> expenses = List.of();
    private List<ReportAnswers.Page> answersZh = List.of();
    private List<ReportAnswers.Page> answersEn = List.of();
    private boolean changes;
    private String note;

    /** Opens the dialog on a report, to approve it or (with {@code changes}) to ask for changes. */
    void open(ReportView report, String grantTitle, boolean changes) {
        this.reportId = report.id();
        this.grantId = report.grantId();
        this.grantTitle = grantTitle;
        this.title = report.title();
        this.kind = report.kind();
        this.dueOn = report.dueOn();
        this.late = report.late();
        this.narrative = report.narrative();
        this.submittedAt = report.submittedAt();
        this.submittedBy = report.submittedBy();
        this.actuals = actuals(report.indicatorActuals());
        this.expenses = expenses(report.expenses());
        this.answersZh = ReportAnswers.of(report.form(), report.answers(), Locale.SIMPLIFIED_CHINESE);
        this.answersEn = ReportAnswers.of(report.form(), report.answers(), Locale.ENGLISH);
        this.changes = changes;
        this.note = null;
    }

    /** Approves or asks for changes, as the dialog was opened; the boundary's problems reach the caller. */
    ReportView submit(Reports reports) {
        return changes ? reports.requestChanges(reportId, note) : reports.approve(reportId, note);
    }

    void close() {
        reportId = null;
    }

    static List<Actual> actuals(JsonObject json) {
        List<Actual> lines = new ArrayList<>();
        if (json != null) {
            json.forEach((code, value) -> lines.add(new Actual(code, number(value))));
        }
        return List.copyOf(lines);
    }

    static List<Expense> expenses(JsonArray json) {
        List<Expense> lines = new ArrayList<>();
        if (json != null) {
            for (JsonValue value : json) {
                if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject line = value.asJsonObject();
                    lines.add(new Expense(
                            line.getString("category", ""), line.getString("item", ""), number(line.get("amount"))));
                }
            }
        }
        return List.copyOf(lines);
    }

    private static BigDecimal number(JsonValue value) {
        return value instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }

    public BigDecimal getExpenseTotal() {
        return expenses.stream()
                .map(Expense::amount)
                .filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isOpen() {
        return reportId != null;
    }

    public Long getReportId() {
        return reportId;
    }

    public long getGrantId() {
        return grantId;
    }

    public String getGrantTitle() {
        return grantTitle;
    }

    public String getTitle() {
        return title;
    }

    public GrantReport.Kind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isLate() {
        return late;
    }

    public String getNarrative() {
        return narrative;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public List<Actual> getActuals() {
        return actuals;
    }

    public List<Expense> getExpenses() {
        return expenses;
    }

    /** The answers to the report questions, labelled in the language given; none when the report asks none. */
    public List<ReportAnswers.Page> answers(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? answersEn : answersZh;
    }

    /** A financial report: expenses first, the narrative being notes on them. */
    public boolean isFinancial() {
        return kind == GrantReport.Kind.FINANCIAL;
    }

    public boolean isChanges() {
        return changes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

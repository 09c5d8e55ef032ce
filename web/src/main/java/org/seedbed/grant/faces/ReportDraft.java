package org.seedbed.grant.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.seedbed.grant.boundary.IndicatorTarget;
import org.seedbed.grant.boundary.ReportForm;
import org.seedbed.grant.boundary.ReportView;

/**
 * A report as the grantee writes it on ngo/grant.xhtml: the narrative, an actual for each of the
 * grant's indicators and the expense lines with their total. It keeps the version of the report it
 * was opened at, so that a report changed elsewhere meanwhile is not overwritten.
 */
public class ReportDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long reportId;
    private final long version;
    private String narrative;
    private final List<ActualRow> actuals;
    private final List<ExpenseRow> expenses;

    ReportDraft(long reportId, long version, String narrative, List<ActualRow> actuals, List<ExpenseRow> expenses) {
        this.reportId = reportId;
        this.version = version;
        this.narrative = narrative;
        this.actuals = new ArrayList<>(actuals);
        this.expenses = new ArrayList<>(expenses);
        if (this.expenses.isEmpty()) {
            // An empty table invites nobody to fill it in.
            this.expenses.add(new ExpenseRow());
        }
    }

    /** The report as last saved, with one row per indicator of the grant. */
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
        return new ReportDraft(report.id(), report.version(), report.narrative(), actuals, expenses);
    }

    /** What is sent to save the report: actuals left empty and blank expense rows are left out. */
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
        return new ReportForm(narrative, byCode, lines, version);
    }

    /** The sum of the amounts typed so far; lines without an amount add nothing. */
    static BigDecimal total(List<ExpenseRow> rows) {
        return rows.stream()
                .map(ExpenseRow::getAmount)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
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
}

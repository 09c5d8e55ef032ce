package org.seedbed.grant.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedbed.faces.Language;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.IndicatorTarget;
import org.seedbed.grant.boundary.ReportForm;
import org.seedbed.grant.boundary.ReportView;

/**
 * What a sent report says, read only (WEB-INF/includes/grant-report.xhtml on the grantee's and
 * the evaluators' pages): the actual of each indicator beside its target, the answers to the
 * call's report questions, and the expense lines with their total.
 */
@Named
@RequestScoped
public class ReportContents {

    /** An indicator's actual in one report, beside the grant's target. */
    public record Actual(String name, String unit, BigDecimal target, BigDecimal actual) {}

    @Inject
    Language language;

    /** The grant's indicators with this report's actuals, then any it gives for indicators the grant no longer has. */
    public List<Actual> actuals(ReportView report, GrantView grant) {
        Map<String, BigDecimal> given = ReportJson.numbers(report.indicatorActuals());
        List<Actual> actuals = new ArrayList<>();
        List<IndicatorTarget> indicators = grant == null ? List.of() : grant.indicators();
        for (IndicatorTarget indicator : indicators) {
            actuals.add(new Actual(
                    GrantTexts.name(indicator, language.getLocale()),
                    GrantTexts.unit(indicator, language.getLocale()),
                    indicator.target(),
                    given.remove(indicator.code())));
        }
        given.forEach((code, value) -> actuals.add(new Actual(code, "", null, value)));
        return actuals;
    }

    /** The report questions the report was scheduled with and their answers, in the page's language. */
    public List<ReportAnswers.Page> answers(ReportView report) {
        return ReportAnswers.of(report.form(), report.answers(), language.getLocale());
    }

    public List<ReportForm.ExpenseLine> expenses(ReportView report) {
        return ReportJson.expenses(report.expenses());
    }

    public BigDecimal expenseTotal(ReportView report) {
        return ReportDraft.total(expenses(report).stream().map(ExpenseRow::of).toList());
    }
}

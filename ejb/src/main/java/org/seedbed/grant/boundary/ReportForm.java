package org.seedbed.grant.boundary;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a grantee writes in a report: narrative, indicator actuals by code, expense lines, answers
 * to the call's report questions (keyed by question, as in an application), the version edited.
 */
public record ReportForm(
        String narrative,
        Map<String, BigDecimal> indicatorActuals,
        List<ExpenseLine> expenses,
        JsonObject answers,
        Long version) {

    /** One expense line of a financial report. */
    public record ExpenseLine(String category, String item, BigDecimal amount) {}
}

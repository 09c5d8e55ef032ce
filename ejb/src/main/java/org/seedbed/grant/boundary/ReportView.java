package org.seedbed.grant.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.grant.entity.GrantReport;

/**
 * A scheduled report with what the organization wrote and how the officer answered; {@code form} holds
 * the call's report questions the report was scheduled with (none when empty).
 */
public record ReportView(
        long id,
        long grantId,
        GrantReport.Kind kind,
        String title,
        LocalDate dueOn,
        GrantReport.Status status,
        boolean late,
        String narrative,
        JsonObject indicatorActuals,
        JsonArray expenses,
        FormDefinition form,
        JsonObject answers,
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        String reviewNote,
        long version) {}

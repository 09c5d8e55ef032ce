package org.seedbed.grant.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.seedbed.grant.entity.GrantReport;

/** A scheduled report with what the organization wrote and how the officer answered. */
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
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        String reviewNote,
        long version) {}

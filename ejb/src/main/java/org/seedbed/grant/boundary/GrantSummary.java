package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.seedbed.grant.entity.Grant;

/** A grant as the portfolio lists it. */
public record GrantSummary(
        long id,
        String title,
        String organizationName,
        long organizationId,
        long callId,
        String callTitleZh,
        String categoryCode,
        BigDecimal amount,
        BigDecimal released,
        String currency,
        Grant.Status status,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate nextReportDue) {}

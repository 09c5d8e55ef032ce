package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.grant.entity.Grant;

/** A grant with everything its pages show: money, tranches, agreement, reports, evaluations, indicators. */
public record GrantView(
        long id,
        long submissionId,
        String receiptNo,
        long callId,
        String callTitleZh,
        String callTitleEn,
        long organizationId,
        String organizationName,
        String title,
        String categoryCode,
        BigDecimal amount,
        BigDecimal released,
        String currency,
        Grant.Status status,
        LocalDate startsOn,
        LocalDate endsOn,
        String terminationReason,
        BigDecimal clawback,
        BigDecimal recovered,
        Instant createdAt,
        AgreementView agreement,
        List<TrancheView> tranches,
        List<ReportView> reports,
        List<EvaluationView> evaluations,
        List<IndicatorTarget> indicators,
        long version) {}

package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.grant.entity.CreditNote;
import org.seedbed.grant.entity.EvaluationStage;

/**
 * An organization's credit record (信用档案) across all the city's calls: its grants, evaluation
 * grades, late reports, violations and other notes, and debarments with their periods.
 */
public record CreditRecordView(
        long organizationId,
        String organizationName,
        LocalDate debarredUntil,
        List<GrantSummary> grants,
        List<Grade> grades,
        List<LateReport> lateReports,
        List<Note> notes,
        List<Debarment> debarments) {

    public record Grade(
            long grantId, String grantTitle, EvaluationStage stage, BigDecimal total, String grade, Instant at) {}

    public record LateReport(long grantId, String grantTitle, String report, LocalDate dueOn, Instant submittedAt) {}

    public record Note(
            long id, Long grantId, CreditNote.Kind kind, String text, String recordedBy, Instant recordedAt) {}

    public record Debarment(long id, LocalDate startsOn, LocalDate endsOn, String reason) {}
}

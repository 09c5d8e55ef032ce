package org.seedbed.grant.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;

/**
 * What the gate of each tranche of a grant needs to know, read once: the agreement, approved
 * reports, evaluation results and which tranches were released. Reports fall due in rounds (a
 * progress and a financial report on the same day); the n-th tranche needs every report of the
 * first n − 1 rounds approved. An evaluation stage counts by its latest attempt.
 */
final class GrantFacts {

    private final Grant grant;
    private final boolean agreementSigned;
    private final List<GrantReport> reports;
    private final List<LocalDate> roundDays;
    private final List<Evaluation> evaluations;
    private final List<Tranche> tranches;

    GrantFacts(
            Grant grant,
            Agreement agreement,
            List<GrantReport> reports,
            List<Evaluation> evaluations,
            List<Tranche> tranches) {
        this.grant = grant;
        this.agreementSigned = agreement != null && agreement.signed();
        this.reports = reports;
        this.roundDays =
                reports.stream().map(GrantReport::dueOn).distinct().sorted().toList();
        this.evaluations = evaluations;
        this.tranches = tranches;
    }

    TrancheFacts of(Tranche tranche) {
        Boolean evaluationPassed = tranche.needsEvaluation() == null
                ? null
                : evaluations.stream()
                        .filter(e -> e.stage() == tranche.needsEvaluation())
                        .max(Comparator.comparingInt(Evaluation::attempt))
                        .filter(e -> e.status() == Evaluation.Status.SUBMITTED)
                        .map(Evaluation::passed)
                        .orElse(null);
        List<GrantReport> due = tranche.needsReport() ? dueBefore(tranche.position()) : List.of();
        boolean previousReleased = tranches.stream()
                .filter(t -> t.position() < tranche.position())
                .allMatch(t -> t.status() == Tranche.Status.RELEASED || t.status() == Tranche.Status.CANCELLED);
        return new TrancheFacts(
                tranche.position(),
                tranche.needsAgreement(),
                tranche.needsReport(),
                tranche.needsEvaluation(),
                agreementSigned,
                (int) due.stream()
                        .filter(r -> r.status() == GrantReport.Status.APPROVED)
                        .count(),
                due.size(),
                evaluationPassed,
                grant.status() == Grant.Status.HELD,
                grant.status() == Grant.Status.TERMINATED,
                previousReleased);
    }

    /** The reports of the rounds before the tranche at {@code position}: rounds 1 to position − 1. */
    private List<GrantReport> dueBefore(int position) {
        int rounds = Math.min(position - 1, roundDays.size());
        if (rounds == 0) {
            return List.of();
        }
        LocalDate lastDay = roundDays.get(rounds - 1);
        return reports.stream().filter(r -> !r.dueOn().isAfter(lastDay)).toList();
    }
}

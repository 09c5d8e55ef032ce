package org.seedbed.grant.control;

import java.util.List;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;

/**
 * What the gate of each tranche of a grant needs to know, read once: the agreement, approved
 * reports, evaluation results and which tranches were released. The n-th tranche after the first
 * needs n − 1 approved reports.
 */
final class GrantFacts {

    private final Grant grant;
    private final boolean agreementSigned;
    private final int approvedReports;
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
        this.approvedReports = (int) reports.stream()
                .filter(r -> r.status() == GrantReport.Status.APPROVED)
                .count();
        this.evaluations = evaluations;
        this.tranches = tranches;
    }

    TrancheFacts of(Tranche tranche) {
        Boolean evaluationPassed = tranche.needsEvaluation() == null
                ? null
                : evaluations.stream()
                        .filter(e -> e.stage() == tranche.needsEvaluation()
                                && e.status() == org.seedbed.grant.entity.Evaluation.Status.SUBMITTED)
                        .map(Evaluation::passed)
                        .findFirst()
                        .orElse(null);
        boolean previousReleased = tranches.stream()
                .filter(t -> t.position() < tranche.position())
                .allMatch(t -> t.status() == Tranche.Status.RELEASED || t.status() == Tranche.Status.CANCELLED);
        return new TrancheFacts(
                tranche.position(),
                tranche.needsAgreement(),
                tranche.needsReport(),
                tranche.needsEvaluation(),
                agreementSigned,
                approvedReports,
                tranche.needsReport() ? tranche.position() - 1 : 0,
                evaluationPassed,
                grant.status() == Grant.Status.HELD,
                grant.status() == Grant.Status.TERMINATED,
                previousReleased);
    }
}

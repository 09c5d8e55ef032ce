package org.seedbed.grant.faces;

import java.math.BigDecimal;
import org.seedbed.grant.boundary.AgreementView;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.TrancheView;
import org.seedbed.grant.control.TrancheGate;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;

/**
 * What an officer should do next on a grant, named for the banner of staff/grant.xhtml
 * (grantStaff.next.*): the first thing in the grant's life cycle that waits for the officer, or
 * for the organization.
 */
final class StaffNextStep {

    private StaffNextStep() {}

    static String of(GrantView grant) {
        if (grant.status() == Grant.Status.TERMINATED) {
            BigDecimal open = orZero(grant.clawback()).subtract(orZero(grant.recovered()));
            return open.signum() > 0 ? "recover" : "terminated";
        }
        if (grant.status() == Grant.Status.CLOSED) {
            return "closed";
        }
        AgreementView agreement = grant.agreement();
        if (agreement == null || agreement.generatedAt() == null) {
            return "generate";
        }
        if (agreement.organizationSignedAt() == null) {
            return "awaitSignature";
        }
        if (agreement.officerSignedAt() == null) {
            return "countersign";
        }
        if (grant.reports().stream().anyMatch(r -> r.status() == GrantReport.Status.SUBMITTED)) {
            return "reviewReport";
        }
        if (grant.tranches().stream().anyMatch(StaffNextStep::releasable)) {
            return "release";
        }
        if (grant.status() == Grant.Status.HELD) {
            return held(grant);
        }
        boolean evaluationUnassigned = grant.tranches().stream()
                .filter(t -> t.status() == Tranche.Status.PLANNED && t.needsEvaluation() != null)
                .anyMatch(t -> t.unmet().contains(TrancheGate.Unmet.EVALUATION_MISSING)
                        && grant.evaluations().stream()
                                .map(EvaluationView::stage)
                                .noneMatch(stage -> stage == t.needsEvaluation()));
        if (evaluationUnassigned) {
            return "assignEvaluation";
        }
        return "running";
    }

    /**
     * A held grant waits for the officer to order a re-evaluation once the organization put right
     * what failed, then for the re-evaluation itself.
     */
    private static String held(GrantView grant) {
        if (!FailedEvaluations.awaitingReevaluation(grant).isEmpty()) {
            return "reevaluate";
        }
        return FailedEvaluations.reevaluationUnderWay(grant) ? "reevaluating" : "held";
    }

    /** A tranche not paid yet whose conditions all hold. */
    static boolean releasable(TrancheView tranche) {
        return (tranche.status() == Tranche.Status.PLANNED || tranche.status() == Tranche.Status.HELD)
                && tranche.unmet().isEmpty();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}

package org.seedbed.grant.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a tranche may be paid out. Every condition that is not met is listed, not only
 * the first, so that the officer and the organization see everything still standing in the way.
 */
public final class TrancheGate {

    /** A condition standing between a tranche and its payment, in the order they are listed. */
    public enum Unmet {
        AGREEMENT_NOT_SIGNED,
        REPORT_NOT_APPROVED,
        EVALUATION_MISSING,
        EVALUATION_FAILED,
        GRANT_HELD,
        GRANT_TERMINATED,
        PREVIOUS_NOT_RELEASED
    }

    private TrancheGate() {}

    public static List<Unmet> unmet(TrancheFacts f) {
        List<Unmet> unmet = new ArrayList<>();
        if (f.needsAgreement() && !f.agreementSigned()) {
            unmet.add(Unmet.AGREEMENT_NOT_SIGNED);
        }
        // "Needs a report" means at least one approved report, even if none was scheduled before
        // the tranche: otherwise a schedule set up too late would pay out without any report.
        if (f.needsReport() && f.reportsApprovedBefore() < Math.max(1, f.reportsRequiredBefore())) {
            unmet.add(Unmet.REPORT_NOT_APPROVED);
        }
        if (f.needsEvaluation() != null) {
            if (f.evaluationPassed() == null) {
                unmet.add(Unmet.EVALUATION_MISSING);
            } else if (!f.evaluationPassed()) {
                unmet.add(Unmet.EVALUATION_FAILED);
            }
        }
        if (f.grantHeld()) {
            unmet.add(Unmet.GRANT_HELD);
        }
        if (f.grantTerminated()) {
            unmet.add(Unmet.GRANT_TERMINATED);
        }
        if (f.position() > 1 && !f.previousReleased()) {
            unmet.add(Unmet.PREVIOUS_NOT_RELEASED);
        }
        return List.copyOf(unmet);
    }

    public static boolean releasable(TrancheFacts f) {
        return unmet(f).isEmpty();
    }
}

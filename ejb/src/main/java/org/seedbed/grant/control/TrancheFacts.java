package org.seedbed.grant.control;

import org.seedbed.grant.entity.EvaluationStage;

/**
 * What {@link TrancheGate} needs to know about one tranche and its grant.
 *
 * @param position the tranche's place in the plan, from 1
 * @param needsAgreement the tranche waits for the agreement to be signed by both sides
 * @param needsReport the tranche waits for approved reports
 * @param needsEvaluation the evaluation that must have been passed first, or null
 * @param reportsApprovedBefore reports due before the tranche that have been approved
 * @param reportsRequiredBefore reports due before the tranche
 * @param evaluationPassed the outcome of {@code needsEvaluation}; null while not yet evaluated
 * @param previousReleased the tranches before this one are settled (paid out, or cancelled); ignored for the
 *     first
 */
public record TrancheFacts(
        int position,
        boolean needsAgreement,
        boolean needsReport,
        EvaluationStage needsEvaluation,
        boolean agreementSigned,
        int reportsApprovedBefore,
        int reportsRequiredBefore,
        Boolean evaluationPassed,
        boolean grantHeld,
        boolean grantTerminated,
        boolean previousReleased) {

    public TrancheFacts {
        if (position < 1) {
            throw new IllegalArgumentException("tranche positions start at 1, not " + position);
        }
        if (reportsApprovedBefore < 0 || reportsRequiredBefore < 0) {
            throw new IllegalArgumentException("report counts cannot be negative");
        }
    }
}

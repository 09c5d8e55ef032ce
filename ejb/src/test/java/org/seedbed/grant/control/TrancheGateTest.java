package org.seedbed.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seedbed.grant.control.TrancheGate.Unmet;
import org.seedbed.grant.entity.EvaluationStage;

class TrancheGateTest {

    /** The first tranche, paid on signing: needs only the agreement, which is signed. */
    private static TrancheFacts firstOnSigning(boolean signed) {
        return new TrancheFacts(1, true, false, null, signed, 0, 0, null, false, false, false);
    }

    /** The second tranche, after an approved progress report and a passed mid-term evaluation. */
    private static TrancheFacts second(int approved, int required, Boolean evaluationPassed) {
        return new TrancheFacts(
                2,
                true,
                true,
                EvaluationStage.MID_TERM,
                true,
                approved,
                required,
                evaluationPassed,
                false,
                false,
                true);
    }

    private static TrancheFacts ready() {
        return second(1, 1, true);
    }

    private static TrancheFacts grant(boolean held, boolean terminated) {
        return new TrancheFacts(2, true, true, EvaluationStage.MID_TERM, true, 1, 1, true, held, terminated, true);
    }

    private static TrancheFacts afterPrevious(boolean previousReleased) {
        return new TrancheFacts(
                3, false, true, EvaluationStage.FINAL, true, 2, 2, true, false, false, previousReleased);
    }

    @Test
    void releasesATrancheWhoseConditionsAreAllMet() {
        assertThat(TrancheGate.unmet(ready())).isEmpty();
        assertThat(TrancheGate.releasable(ready())).isTrue();
    }

    @Test
    void waitsForTheAgreementToBeSigned() {
        assertThat(TrancheGate.unmet(firstOnSigning(false))).containsExactly(Unmet.AGREEMENT_NOT_SIGNED);
        assertThat(TrancheGate.releasable(firstOnSigning(false))).isFalse();
        assertThat(TrancheGate.releasable(firstOnSigning(true))).isTrue();
    }

    @Test
    void anUnsignedAgreementDoesNotMatterToATrancheThatDoesNotNeedIt() {
        TrancheFacts facts = new TrancheFacts(1, false, false, null, false, 0, 0, null, false, false, false);

        assertThat(TrancheGate.unmet(facts)).isEmpty();
    }

    @Test
    void waitsForEveryReportDueBeforeToBeApproved() {
        assertThat(TrancheGate.unmet(second(0, 1, true))).containsExactly(Unmet.REPORT_NOT_APPROVED);
        assertThat(TrancheGate.unmet(second(1, 2, true))).containsExactly(Unmet.REPORT_NOT_APPROVED);
        assertThat(TrancheGate.unmet(second(2, 2, true))).isEmpty();
    }

    @Test
    void needsAtLeastOneApprovedReportEvenWhenNoneWasScheduled() {
        assertThat(TrancheGate.unmet(second(0, 0, true))).containsExactly(Unmet.REPORT_NOT_APPROVED);
        assertThat(TrancheGate.unmet(second(1, 0, true))).isEmpty();
    }

    @Test
    void waitsForTheEvaluation() {
        assertThat(TrancheGate.unmet(second(1, 1, null))).containsExactly(Unmet.EVALUATION_MISSING);
    }

    @Test
    void aFailedEvaluationStopsThePayment() {
        assertThat(TrancheGate.unmet(second(1, 1, false))).containsExactly(Unmet.EVALUATION_FAILED);
    }

    @Test
    void aTrancheWithoutEvaluationIgnoresEvaluationResults() {
        TrancheFacts facts = new TrancheFacts(1, true, false, null, true, 0, 0, false, false, false, false);

        assertThat(TrancheGate.unmet(facts)).isEmpty();
    }

    @Test
    void nothingIsPaidWhileTheGrantIsHeld() {
        assertThat(TrancheGate.unmet(grant(true, false))).containsExactly(Unmet.GRANT_HELD);
    }

    @Test
    void nothingIsPaidOnATerminatedGrant() {
        assertThat(TrancheGate.unmet(grant(false, true))).containsExactly(Unmet.GRANT_TERMINATED);
    }

    @Test
    void tranchesArePaidInOrder() {
        assertThat(TrancheGate.unmet(afterPrevious(false))).containsExactly(Unmet.PREVIOUS_NOT_RELEASED);
        assertThat(TrancheGate.unmet(afterPrevious(true))).isEmpty();
    }

    @Test
    void theFirstTrancheHasNoPreviousOne() {
        assertThat(TrancheGate.unmet(firstOnSigning(true))).doesNotContain(Unmet.PREVIOUS_NOT_RELEASED);
    }

    @Test
    void listsEveryUnmetConditionInOrder() {
        TrancheFacts facts =
                new TrancheFacts(2, true, true, EvaluationStage.MID_TERM, false, 0, 1, null, true, true, false);

        assertThat(TrancheGate.unmet(facts))
                .containsExactly(
                        Unmet.AGREEMENT_NOT_SIGNED,
                        Unmet.REPORT_NOT_APPROVED,
                        Unmet.EVALUATION_MISSING,
                        Unmet.GRANT_HELD,
                        Unmet.GRANT_TERMINATED,
                        Unmet.PREVIOUS_NOT_RELEASED);
    }

    @Test
    void refusesImpossibleFacts() {
        assertThatThrownBy(() -> new TrancheFacts(0, false, false, null, false, 0, 0, null, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrancheFacts(1, false, true, null, false, -1, 0, null, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

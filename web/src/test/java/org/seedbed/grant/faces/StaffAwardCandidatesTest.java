package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedbed.review.boundary.DecisionView;
import org.seedbed.review.entity.FundingDecision;

class StaffAwardCandidatesTest {

    private final List<DecisionView> decisions = List.of(
            decision(1, FundingDecision.Outcome.FUNDED, true),
            decision(2, FundingDecision.Outcome.FUNDED, false),
            decision(3, FundingDecision.Outcome.RESERVE, true),
            decision(4, FundingDecision.Outcome.DECLINED, true),
            decision(5, FundingDecision.Outcome.FUNDED, true));

    @Test
    void onlyFinalFundedDecisionsBecomeGrants() {
        assertThat(StaffAwardCandidates.awarded(decisions))
                .extracting(DecisionView::submissionId)
                .containsExactly(1L, 5L);
    }

    @Test
    void leavesOutTheAwardsThatAlreadyHaveTheirGrant() {
        assertThat(StaffAwardCandidates.waiting(decisions, Set.of(1L)))
                .extracting(DecisionView::submissionId)
                .containsExactly(5L);
        assertThat(StaffAwardCandidates.waiting(decisions, Set.of(1L, 5L))).isEmpty();
    }

    @Test
    void countsTheAwardsOfACallStillWaitingFromItsNumberOfGrants() {
        assertThat(StaffAwardCandidates.waitingCount(decisions, 0)).isEqualTo(2);
        assertThat(StaffAwardCandidates.waitingCount(decisions, 1)).isEqualTo(1);
        assertThat(StaffAwardCandidates.waitingCount(decisions, 2)).isZero();
        assertThat(StaffAwardCandidates.waitingCount(List.of(), 0)).isZero();
    }

    private static DecisionView decision(long submissionId, FundingDecision.Outcome outcome, boolean isFinal) {
        return new DecisionView(
                submissionId,
                "SB-2026-" + submissionId,
                "项目 " + submissionId,
                "机构 " + submissionId,
                null,
                outcome,
                outcome == FundingDecision.Outcome.FUNDED ? new BigDecimal("100000.00") : null,
                "CNY",
                null,
                "officer",
                Instant.parse("2026-05-01T02:00:00Z"),
                isFinal,
                1);
    }
}

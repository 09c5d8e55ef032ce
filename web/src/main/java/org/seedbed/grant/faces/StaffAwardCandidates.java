package org.seedbed.grant.faces;

import java.util.Collection;
import java.util.List;
import org.seedbed.review.boundary.DecisionView;
import org.seedbed.review.entity.FundingDecision;

/**
 * Which final awards still wait for their grant. Only a final "funded" decision becomes a grant,
 * once, so a call has awards waiting exactly when it has more such decisions than grants.
 */
final class StaffAwardCandidates {

    private StaffAwardCandidates() {}

    /** The final "funded" decisions, the only ones a grant may be made from. */
    static List<DecisionView> awarded(List<DecisionView> decisions) {
        return decisions.stream()
                .filter(d -> d.outcome() == FundingDecision.Outcome.FUNDED && d.isFinal())
                .toList();
    }

    /** The final awards whose application has no grant yet. */
    static List<DecisionView> waiting(List<DecisionView> decisions, Collection<Long> submissionsWithGrant) {
        return awarded(decisions).stream()
                .filter(d -> !submissionsWithGrant.contains(d.submissionId()))
                .toList();
    }

    /** How many awards of a call still wait, from the call's decisions and its number of grants. */
    static int waitingCount(List<DecisionView> decisions, long grants) {
        return (int) Math.max(0, awarded(decisions).size() - grants);
    }
}

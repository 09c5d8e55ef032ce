package org.seedbed.review.assignment;

/**
 * The integer costs of the assignment objective. The weights keep the three goals in their order of priority without
 * surprising an officer:
 *
 * <ul>
 *   <li>A pair costs {@value #EXPERTISE_MISMATCH} when the submission's topics miss the expert's expertise, plus a bid
 *       cost: 0 for +2 (eager), 1 for +1, 2 for no bid or 0, 5 for -1 and 9 for -2 (does not want). Saying no weighs
 *       more than saying yes, since an unwilling reviewer tends to decline later: expertise outweighs any eagerness (an
 *       expert without bid, 2, beats an eager outsider, 6) but not a refusal (an outsider without bid, 8, beats an
 *       unwilling expert, 9). A pair costs between 0 and {@value #MAX_PAIR_COST}.
 *   <li>The k-th submission of an expert costs {@value #LOAD_STEP}&middot;k, so a load L costs
 *       {@value #LOAD_STEP}&middot;L(L+1)/2: convex, as with HotCRP's parallel load arcs. Because one step exceeds the
 *       largest difference between two pairs, moving a review from an expert to an eligible one with at least two
 *       fewer always pays: loads end within one of each other wherever eligibility allows, and preferences decide who
 *       reviews what among equally loaded experts.
 *   <li>Every filled slot earns a reward larger than the cost of any chain of reassignments that could fill it
 *       ({@link #coverageReward}), so the optimum fills as many slots as a maximum flow does, whatever that costs.
 * </ul>
 */
final class AssignmentCosts {

    static final int EXPERTISE_MISMATCH = 6;
    static final int REFUSAL = 9;

    /** Indexed by bid minus {@link ReviewerAssignment#MIN_BID}. */
    private static final int[] BID_COSTS = {REFUSAL, 5, 2, 1, 0};

    static final int MAX_PAIR_COST = EXPERTISE_MISMATCH + REFUSAL;
    static final int LOAD_STEP = MAX_PAIR_COST + 1;

    private AssignmentCosts() {}

    static int pairCost(boolean expertiseMatches, int bid) {
        return (expertiseMatches ? 0 : EXPERTISE_MISMATCH) + BID_COSTS[bid - ReviewerAssignment.MIN_BID];
    }

    /** What an expert's {@code load}-th submission adds to the objective. */
    static long marginalLoadCost(int load) {
        return (long) LOAD_STEP * load;
    }

    static long loadCost(int load) {
        return (long) LOAD_STEP * load * (load + 1) / 2;
    }

    /**
     * The reward for one filled slot. Filling one more slot means a chain from the submission through alternately
     * gained and released pairs to an expert with room: at most one gained pair per expert, each costing at most
     * {@link #MAX_PAIR_COST}, released pairs giving back nothing below zero (pair costs are not negative), and one more
     * unit of load costing at most the largest marginal load cost. A reward above that sum makes every such chain
     * profitable, so no optimum leaves open a slot that a maximum flow would fill.
     */
    static long coverageReward(int reviewersWithRoom, int largestLoad) {
        return (long) reviewersWithRoom * MAX_PAIR_COST + marginalLoadCost(largestLoad) + 1;
    }
}

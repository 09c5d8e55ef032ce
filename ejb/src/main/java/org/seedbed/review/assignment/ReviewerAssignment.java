package org.seedbed.review.assignment;

/**
 * Assigns expert reviewers to the submissions of a call, optimally rather than greedily.
 *
 * <p>Hard constraints, never broken: no conflict of interest and no forbidden pair is assigned, no expert is given
 * more than the maximum load, no expert reviews a submission twice, and every pinned pair is kept and counted toward
 * the submission's need and the expert's load. Pins beyond a need or a load cap are an officer's explicit choice: they
 * are kept, and that submission or expert gets nothing more.
 *
 * <p>Within them the plan minimises one integer objective whose weights (see {@code AssignmentCosts}) put three goals
 * in order:
 *
 * <ol>
 *   <li><b>Coverage</b>: as many review slots filled as a maximum flow allows; each filled slot earns a reward larger
 *       than anything the other goals could gain by leaving it open. What cannot be filled is reported as a shortfall.
 *   <li><b>Balance</b>: an expert's k-th submission costs 16&middot;k, so a load L costs 16&middot;L(L+1)/2. One step
 *       outweighs any difference in preference, so no review could move to an eligible expert with two fewer reviews.
 *   <li><b>Preferences</b>: a pair costs 6 if the submission's topics miss the expert's expertise, plus a bid cost of
 *       0, 1, 2, 5 or 9 for bids +2 (eager), +1, 0 or none, -1 and -2 (does not want). Expertise outweighs eagerness;
 *       a refusal outweighs expertise.
 * </ol>
 *
 * <p>The problem is a minimum-cost flow from submissions through pairs to experts, with one arc per extra unit of load
 * at rising cost (as HotCRP models load balance). It is solved exactly by cost-scaling push-relabel on a network that
 * starts with each submission's cheapest pairs and grows until a check over all pairs proves that no left-out pair
 * could improve the plan (see {@code AssignmentNetwork}). Greedy assignment cannot promise coverage or balance: an
 * early choice can use up the only expert a later submission could have had.
 *
 * <p>The outcome depends only on the content of the request, never on the order of its lists or sets.
 */
public final class ReviewerAssignment {

    /** The lowest bid: the expert does not want the submission. */
    public static final int MIN_BID = -2;

    /** The highest bid: the expert is eager to review the submission. */
    public static final int MAX_BID = 2;

    /** Fastest on the benchmark call; any value gives a plan of the same, optimal cost. */
    private static final int DEFAULT_CANDIDATES_PER_SLOT = 4;

    private final int candidatesPerSlot;

    public ReviewerAssignment() {
        this(DEFAULT_CANDIDATES_PER_SLOT);
    }

    /** Lets tests start from very few pairs, to exercise the check that adds the missing ones. */
    ReviewerAssignment(int candidatesPerSlot) {
        if (candidatesPerSlot < 1) {
            throw new IllegalArgumentException("at least one candidate per slot is needed, got " + candidatesPerSlot);
        }
        this.candidatesPerSlot = candidatesPerSlot;
    }

    /**
     * Plans the assignment.
     *
     * @throws IllegalArgumentException if the request contradicts itself: duplicate ids, a pin that names an unknown
     *     submission or reviewer or that is also a conflict or forbidden, or a bid outside {@link #MIN_BID} to
     *     {@link #MAX_BID}
     */
    public AssignmentPlan plan(AssignmentRequest request) {
        return new AssignmentNetwork(IndexedRequest.of(request), candidatesPerSlot).solve();
    }
}

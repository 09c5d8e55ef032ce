package org.seedbed.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow network of a call, solved exactly while holding only a fraction of its pair arcs.
 *
 * <p>Nodes: a hub, one node per submission, one per reviewer. Arcs: hub → submission with capacity the open slots and
 * cost minus the {@linkplain AssignmentCosts#coverageReward coverage reward}; submission → reviewer with capacity 1
 * and the pair cost, for every pair that is not a conflict, a ban or a pin; reviewer → hub once per further unit of
 * load, with the rising marginal load cost. A minimum-cost circulation is an optimal assignment, since pair arcs of
 * capacity 1 rule out duplicates, missing arcs rule out conflicts and load arcs stop at the cap.
 *
 * <p>A large call has millions of pair arcs but an optimum uses only one per filled slot. So the network starts with
 * the few cheapest reviewers of each submission (ties spread by a fixed hash), and each solution is then checked
 * against the complete network by {@link OptimalityCheck}. If some left-out pairs could still lower the cost they are
 * added and the solver resumes from where it stopped, as in column generation. The loop ends only with a proof of
 * optimality for the complete network, so leaving arcs out never costs optimality, only time.
 */
final class AssignmentNetwork {

    private static final int HUB = 0;

    private final IndexedRequest call;
    private final int candidatesPerSlot;
    private final CostScalingCirculation circulation;
    private final int firstPairEdge;
    private final OptimalityCheck optimalityCheck;
    private final int[][] candidates;
    private final int[] candidateCount;
    private int[] pairSubmission = new int[1024];
    private int[] pairReviewer = new int[1024];
    private int pairCount;

    /**
     * @param candidatesPerSlot how many of its cheapest reviewers each open slot of a submission starts with; any
     *     value gives a plan of the same, optimal cost; a good one saves rounds
     */
    AssignmentNetwork(IndexedRequest call, int candidatesPerSlot) {
        this.call = call;
        this.candidatesPerSlot = candidatesPerSlot;
        int submissions = call.submissionCount();
        int reviewers = call.reviewerCount();
        this.circulation = new CostScalingCirculation(1 + submissions + reviewers);
        this.candidates = new int[submissions][];
        this.candidateCount = new int[submissions];

        int[] eligibleSubmissions = eligibleSubmissionsPerReviewer();
        int[] loadArcs = new int[reviewers];
        int[] loadLimit = new int[reviewers];
        int reviewersWithRoom = 0;
        int largestLoad = 0;
        for (int r = 0; r < reviewers; r++) {
            // Load arcs beyond the eligible submissions could never carry flow; this also keeps huge caps cheap.
            loadArcs[r] = Math.min(call.spareLoad(r), eligibleSubmissions[r]);
            loadLimit[r] = call.pinnedLoad(r) + loadArcs[r];
            if (loadArcs[r] > 0) {
                reviewersWithRoom++;
                largestLoad = Math.max(largestLoad, loadLimit[r]);
            }
        }
        long reward = AssignmentCosts.coverageReward(reviewersWithRoom, largestLoad);
        int edges = 0;
        for (int s = 0; s < submissions; s++) {
            if (call.openSlots(s) > 0) {
                circulation.addEdge(HUB, submissionNode(s), call.openSlots(s), -reward);
                edges++;
            }
        }
        for (int r = 0; r < reviewers; r++) {
            for (int k = 1; k <= loadArcs[r]; k++) {
                long marginalCost = AssignmentCosts.marginalLoadCost(call.pinnedLoad(r) + k);
                circulation.addEdge(reviewerNode(r), HUB, 1, marginalCost);
                edges++;
            }
        }
        this.firstPairEdge = edges;
        this.optimalityCheck = new OptimalityCheck(call, loadLimit, reward);
    }

    /** Solves the complete network to optimality and reads the plan off the flow. */
    AssignmentPlan solve() {
        addCheapestPairs();
        circulation.solve();
        // Each round may add twice as many pairs as the last, so a network that started far too small still needs
        // only a few rounds.
        int perSlot = candidatesPerSlot;
        int[][] improving = optimalityCheck.improvingPairs(assignedReviewers(), potentials(), perSlot);
        while (improving.length > 0) {
            addMissing(improving);
            circulation.solve();
            perSlot = (int) Math.min(call.reviewerCount(), 2L * perSlot);
            improving = optimalityCheck.improvingPairs(assignedReviewers(), potentials(), perSlot);
        }
        return plan();
    }

    private int[] eligibleSubmissionsPerReviewer() {
        int openSubmissions = 0;
        int[] eligible = new int[call.reviewerCount()];
        for (int s = 0; s < call.submissionCount(); s++) {
            if (call.openSlots(s) > 0) {
                openSubmissions++;
                for (int r : call.excludedReviewers(s)) {
                    eligible[r]--;
                }
            }
        }
        for (int r = 0; r < eligible.length; r++) {
            eligible[r] += openSubmissions;
        }
        return eligible;
    }

    private void addCheapestPairs() {
        int reviewers = call.reviewerCount();
        int[] costs = new int[reviewers];
        long[] cheapest = new long[reviewers];
        for (int s = 0; s < call.submissionCount(); s++) {
            if (call.openSlots(s) == 0) {
                continue;
            }
            call.newPairCosts(s, costs);
            int wanted = (int) Math.min(reviewers, (long) candidatesPerSlot * call.openSlots(s));
            int kept = 0;
            for (int r = 0; r < reviewers; r++) {
                if (costs[r] == IndexedRequest.INELIGIBLE) {
                    continue;
                }
                // Cost first; among equals a fixed hash, so that ties do not all go to the lowest ids.
                long rank = ((long) costs[r] << 48) | ((long) spread(s, r) << 32) | r;
                if (kept < wanted || rank < cheapest[kept - 1]) {
                    int i = kept < wanted ? kept++ : kept - 1;
                    for (; i > 0 && cheapest[i - 1] > rank; i--) {
                        cheapest[i] = cheapest[i - 1];
                    }
                    cheapest[i] = rank;
                }
            }
            for (int i = 0; i < kept; i++) {
                int r = (int) cheapest[i];
                addPair(s, r, costs[r]);
            }
        }
    }

    /** Adds the pairs the network lacks; the check names pairs only if at least one is missing. */
    private void addMissing(int[][] pairs) {
        boolean[] present = new boolean[call.reviewerCount()];
        int[] costs = new int[call.reviewerCount()];
        int added = 0;
        int s = -1;
        for (int[] pair : sortedBySubmission(pairs)) {
            if (pair[0] != s) {
                unmark(s, present);
                s = pair[0];
                for (int i = 0; i < candidateCount[s]; i++) {
                    present[candidates[s][i]] = true;
                }
                call.newPairCosts(s, costs);
            }
            int r = pair[1];
            if (!present[r]) {
                present[r] = true;
                addPair(s, r, costs[r]);
                added++;
            }
        }
        if (added == 0) {
            throw new IllegalStateException("the optimality check found only pairs the network already holds");
        }
    }

    private void unmark(int s, boolean[] present) {
        if (s >= 0) {
            for (int i = 0; i < candidateCount[s]; i++) {
                present[candidates[s][i]] = false;
            }
        }
    }

    private static int[][] sortedBySubmission(int[][] pairs) {
        int[][] sorted = pairs.clone();
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return sorted;
    }

    private int[][] assignedReviewers() {
        int[] count = new int[call.submissionCount()];
        for (int i = 0; i < pairCount; i++) {
            if (circulation.flow(firstPairEdge + i) > 0) {
                count[pairSubmission[i]]++;
            }
        }
        int[][] assigned = new int[count.length][];
        for (int s = 0; s < count.length; s++) {
            assigned[s] = new int[count[s]];
            count[s] = 0;
        }
        for (int i = 0; i < pairCount; i++) {
            if (circulation.flow(firstPairEdge + i) > 0) {
                int s = pairSubmission[i];
                assigned[s][count[s]++] = pairReviewer[i];
            }
        }
        return assigned;
    }

    private long[] potentials() {
        long[] potentials = new long[1 + call.submissionCount() + call.reviewerCount()];
        for (int v = 0; v < potentials.length; v++) {
            potentials[v] = circulation.potential(v);
        }
        return potentials;
    }

    private void addPair(int s, int r, int cost) {
        circulation.addEdge(submissionNode(s), reviewerNode(r), 1, cost);
        if (pairCount == pairSubmission.length) {
            pairSubmission = Arrays.copyOf(pairSubmission, pairCount * 2);
            pairReviewer = Arrays.copyOf(pairReviewer, pairCount * 2);
        }
        pairSubmission[pairCount] = s;
        pairReviewer[pairCount] = r;
        pairCount++;
        if (candidates[s] == null) {
            candidates[s] = new int[(int) Math.min(call.reviewerCount(), (long) candidatesPerSlot * call.openSlots(s))];
        } else if (candidateCount[s] == candidates[s].length) {
            candidates[s] = Arrays.copyOf(candidates[s], Math.max(4, candidateCount[s] * 2));
        }
        candidates[s][candidateCount[s]++] = r;
    }

    private AssignmentPlan plan() {
        int[] load = new int[call.reviewerCount()];
        List<Pair> pairs = new ArrayList<>(call.pinned());
        long cost = 0;
        for (Pair pin : call.pinned()) {
            int r = call.reviewerIndex(pin.reviewerId());
            cost += call.pairCost(call.submissionIndex(pin.submissionId()), r);
            load[r]++;
        }
        Map<Long, Integer> shortfalls = new HashMap<>();
        int[][] assigned = assignedReviewers();
        for (int s = 0; s < assigned.length; s++) {
            for (int r : assigned[s]) {
                pairs.add(new Pair(call.reviewerId(r), call.submissionId(s)));
                cost += call.pairCost(s, r);
                load[r]++;
            }
            if (assigned[s].length < call.openSlots(s)) {
                shortfalls.put(call.submissionId(s), call.openSlots(s) - assigned[s].length);
            }
        }
        for (int r = 0; r < load.length; r++) {
            cost += AssignmentCosts.loadCost(load[r]);
        }
        return new AssignmentPlan(pairs, shortfalls, cost);
    }

    private static int submissionNode(int s) {
        return 1 + s;
    }

    private int reviewerNode(int r) {
        return 1 + call.submissionCount() + r;
    }

    /** A fixed 16-bit hash of the pair, to break cost ties evenly and reproducibly. */
    private static int spread(int s, int r) {
        long z = s * 0x9E3779B97F4A7C15L + r * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z ^= z >>> 33;
        return (int) (z & 0xFFFF);
    }
}

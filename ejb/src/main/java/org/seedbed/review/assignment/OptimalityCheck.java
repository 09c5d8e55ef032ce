package org.seedbed.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Proves a plan optimal over the complete network, all pairs included, or names pairs that could improve it.
 *
 * <p>A flow is a minimum-cost one exactly when its residual network has no negative cycle, that is when some node
 * potentials π make every residual arc's reduced cost c(u,v) + π(u) − π(v) non-negative. Such potentials are sought by
 * label correcting (Bellman–Ford with a FIFO queue) over the residual network of the complete model, whose pair arcs
 * are enumerated on the fly rather than stored. It starts from the solver's prices, which are nearly right, so one or
 * two passes usually settle every label, and the settled labels are the proof. If instead the parent pointers close a
 * cycle, that cycle is negative (Cherkassky and Goldberg, "Negative-cycle detection algorithms", 1999): its pairs, and
 * per submission those the solver's prices show most underpriced, are handed back to be added to the network.
 *
 * <p>Residual arcs of the complete model, for the current pairs: hub → submission with a slot open (−reward) and back
 * if one is filled (+reward); submission → reviewer for every eligible pair not assigned (pair cost) and back for every
 * assigned one (−pair cost); reviewer → hub while under the load limit (the next review's marginal cost) and back if
 * the reviewer has any non-pinned review (−the last review's marginal cost). Only the cheapest of the parallel load
 * arcs matters for a label, and an optimal flow uses them cheapest first.
 */
final class OptimalityCheck {

    private static final int HUB = 0;
    private static final int NONE = -1;

    private final IndexedRequest call;
    private final int[] loadLimit;
    private final long reward;
    private final int submissions;
    private final int nodes;

    // State of one run of label correcting.
    private long[] startLabels;
    private long[] labels;
    private int[] parent;
    private boolean[] queued;
    private int[] queue;
    private int queueHead;
    private int queueSize;
    private int[][] assigned;
    private int[][] reviewedBy;
    private int[] load;
    private int[] costs;

    /**
     * @param loadLimit per reviewer, the largest load the network allows, pins included
     * @param reward the coverage reward of one filled slot
     */
    OptimalityCheck(IndexedRequest call, int[] loadLimit, long reward) {
        this.call = call;
        this.loadLimit = loadLimit;
        this.reward = reward;
        this.submissions = call.submissionCount();
        this.nodes = 1 + submissions + call.reviewerCount();
    }

    /**
     * @param assignedReviewers per submission, the reviewers the plan gives it beyond its pins
     * @param potentials per node (hub, then submissions, then reviewers), the solver's prices to start from
     * @param perSlot if the plan is not optimal, how many pairs per open slot to name at most, besides the cycle
     * @return {submission, reviewer} index pairs that could lower the cost; empty if the plan is optimal
     */
    int[][] improvingPairs(int[][] assignedReviewers, long[] potentials, int perSlot) {
        assigned = assignedReviewers;
        startLabels = potentials;
        labels = potentials.clone();
        load = new int[call.reviewerCount()];
        reviewedBy = reviewedBy(assigned, load);
        for (int r = 0; r < load.length; r++) {
            load[r] += call.pinnedLoad(r);
        }
        costs = new int[call.reviewerCount()];
        parent = new int[nodes];
        Arrays.fill(parent, NONE);
        queued = new boolean[nodes];
        queue = new int[nodes];
        queueHead = 0;
        queueSize = 0;
        for (int v = 0; v < nodes; v++) {
            enqueue(v);
        }
        // A pass ends when every node queued at its start has been scanned; the parent graph is checked in between.
        int leftInPass = queueSize;
        while (queueSize > 0) {
            int v = queue[queueHead];
            queueHead = queueHead + 1 == nodes ? 0 : queueHead + 1;
            queueSize--;
            queued[v] = false;
            scan(v);
            if (--leftInPass == 0) {
                int[] cycle = parentCycle();
                if (cycle.length > 0) {
                    return pairsToAdd(cycle, perSlot);
                }
                leftInPass = queueSize;
            }
        }
        return new int[0][];
    }

    /** Relaxes every residual arc out of v. */
    private void scan(int v) {
        long from = labels[v];
        if (v == HUB) {
            for (int s = 0; s < submissions; s++) {
                if (call.openSlots(s) > assigned[s].length) {
                    relax(v, submissionNode(s), from - reward);
                }
            }
            for (int r = 0; r < load.length; r++) {
                if (load[r] > call.pinnedLoad(r)) {
                    relax(v, reviewerNode(r), from - AssignmentCosts.marginalLoadCost(load[r]));
                }
            }
        } else if (v <= submissions) {
            int s = v - 1;
            if (assigned[s].length > 0) {
                relax(v, HUB, from + reward);
            }
            unassignedPairCosts(s);
            for (int r = 0; r < costs.length; r++) {
                if (costs[r] != IndexedRequest.INELIGIBLE) {
                    relax(v, reviewerNode(r), from + costs[r]);
                }
            }
        } else {
            int r = v - 1 - submissions;
            if (load[r] < loadLimit[r]) {
                relax(v, HUB, from + AssignmentCosts.marginalLoadCost(load[r] + 1));
            }
            for (int s : reviewedBy[r]) {
                relax(v, submissionNode(s), from - call.pairCost(s, r));
            }
        }
    }

    private void relax(int v, int w, long label) {
        if (label < labels[w]) {
            labels[w] = label;
            parent[w] = v;
            if (!queued[w]) {
                enqueue(w);
            }
        }
    }

    private void enqueue(int v) {
        queued[v] = true;
        int tail = queueHead + queueSize;
        queue[tail >= nodes ? tail - nodes : tail] = v;
        queueSize++;
    }

    /** Costs of the pairs of submission s that are residual arcs: eligible and not assigned. */
    private void unassignedPairCosts(int s) {
        call.newPairCosts(s, costs);
        for (int r : assigned[s]) {
            costs[r] = IndexedRequest.INELIGIBLE;
        }
    }

    /** A cycle of parent pointers, each node followed by its parent, or an empty array. */
    private int[] parentCycle() {
        int[] walk = new int[nodes];
        for (int start = 0; start < nodes; start++) {
            int u = start;
            while (u != NONE && walk[u] == 0) {
                walk[u] = start + 1;
                u = parent[u];
            }
            if (u != NONE && walk[u] == start + 1) {
                int length = 1;
                for (int x = parent[u]; x != u; x = parent[x]) {
                    length++;
                }
                int[] cycle = new int[length];
                for (int i = 0, x = u; i < length; i++, x = parent[x]) {
                    cycle[i] = x;
                }
                return cycle;
            }
        }
        return new int[0];
    }

    /**
     * The pairs on the negative cycle, which the network must lack since the solver left none in it, and for each
     * submission the pairs the solver's prices show most underpriced, a given number per open slot. Those prices are
     * what the solver will work with next; the labels at the moment a cycle closes are half corrected and point at
     * few pairs. Adding every underpriced pair instead could mean millions when the network started far too small.
     */
    private int[][] pairsToAdd(int[] cycle, int perSlot) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < cycle.length; i++) {
            int to = cycle[i];
            int from = cycle[(i + 1) % cycle.length];
            if (from >= 1 && from <= submissions && to > submissions) {
                pairs.add(new int[] {from - 1, to - 1 - submissions});
            }
        }
        long[] worstCost = new long[costs.length];
        int[] worstReviewer = new int[costs.length];
        for (int s = 0; s < submissions; s++) {
            unassignedPairCosts(s);
            int wanted = (int) Math.min(costs.length, (long) perSlot * call.openSlots(s));
            int kept = 0;
            for (int r = 0; r < costs.length; r++) {
                if (costs[r] == IndexedRequest.INELIGIBLE) {
                    continue;
                }
                long reducedCost = costs[r] + startLabels[submissionNode(s)] - startLabels[reviewerNode(r)];
                if (reducedCost < 0 && (kept < wanted || reducedCost < worstCost[kept - 1])) {
                    int i = kept < wanted ? kept++ : kept - 1;
                    for (; i > 0 && worstCost[i - 1] > reducedCost; i--) {
                        worstCost[i] = worstCost[i - 1];
                        worstReviewer[i] = worstReviewer[i - 1];
                    }
                    worstCost[i] = reducedCost;
                    worstReviewer[i] = r;
                }
            }
            for (int i = 0; i < kept; i++) {
                pairs.add(new int[] {s, worstReviewer[i]});
            }
        }
        return pairs.toArray(new int[0][]);
    }

    private static int[][] reviewedBy(int[][] assigned, int[] load) {
        for (int[] reviewers : assigned) {
            for (int r : reviewers) {
                load[r]++;
            }
        }
        int[][] reviewedBy = new int[load.length][];
        int[] filled = new int[load.length];
        for (int r = 0; r < load.length; r++) {
            reviewedBy[r] = new int[load[r]];
        }
        for (int s = 0; s < assigned.length; s++) {
            for (int r : assigned[s]) {
                reviewedBy[r][filled[r]++] = s;
            }
        }
        return reviewedBy;
    }

    private static int submissionNode(int s) {
        return 1 + s;
    }

    private int reviewerNode(int r) {
        return 1 + submissions + r;
    }
}

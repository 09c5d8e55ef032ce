package org.seedbed.review.assignment;

import java.util.Arrays;

/**
 * A minimum-cost circulation by Goldberg's cost-scaling push-relabel method ("An efficient implementation of a
 * scaling minimum-cost flow algorithm", J. Algorithms 22, 1997), on primitive arrays: one residual arc per direction,
 * no object per arc.
 *
 * <p>Costs are multiplied by n+1 for n nodes. A circulation whose residual arcs all have a reduced cost of at least
 * -1 in these units is then ε-optimal for some ε &lt; 1/n in the original integer costs, and such a circulation is
 * optimal (Goldberg and Tarjan, "Finding minimum-cost circulations by successive approximation", 1990). After
 * {@link #addEdge}, {@link #solve} resumes from the current flow and prices rather than from scratch.
 */
final class CostScalingCirculation {

    /** How much ε shrinks per refinement: 8 to 16 ran alike on the benchmark call, 32 slower. */
    private static final int ALPHA = 16;

    private final int nodeCount;
    private final long costScale;
    private final long[] price;
    private final long[] excess;
    private final int[] currentArc;
    private final int[] queue;

    private int edgeCount;
    private int[] edgeTail = new int[64];
    private int[] edgeHead = new int[64];
    private int[] edgeCapacity = new int[64];
    private int[] edgeFlow = new int[64];
    private long[] edgeCost = new long[64];

    private int[] firstArc;
    private int[] arcHead;
    private int[] arcResidual;
    private int[] arcReverse;
    private long[] arcCost;
    private int[] edgeArc;

    CostScalingCirculation(int nodeCount) {
        this.nodeCount = nodeCount;
        this.costScale = nodeCount + 1L;
        this.price = new long[nodeCount];
        this.excess = new long[nodeCount];
        this.currentArc = new int[nodeCount];
        this.queue = new int[nodeCount];
    }

    /** Adds an arc without flow and returns its number; takes effect at the next {@link #solve}. */
    int addEdge(int from, int to, int capacity, long cost) {
        if (edgeCount == edgeTail.length) {
            int grown = edgeCount * 2;
            edgeTail = Arrays.copyOf(edgeTail, grown);
            edgeHead = Arrays.copyOf(edgeHead, grown);
            edgeCapacity = Arrays.copyOf(edgeCapacity, grown);
            edgeFlow = Arrays.copyOf(edgeFlow, grown);
            edgeCost = Arrays.copyOf(edgeCost, grown);
        }
        edgeTail[edgeCount] = from;
        edgeHead[edgeCount] = to;
        edgeCapacity[edgeCount] = capacity;
        edgeCost[edgeCount] = cost;
        return edgeCount++;
    }

    int flow(int edge) {
        return edgeFlow[edge];
    }

    /** The node's price in the callers' cost units, rounded down: a near-optimal dual to start a proof from. */
    long potential(int node) {
        return Math.floorDiv(price[node], costScale);
    }

    /** Makes the circulation optimal over all arcs added so far, starting from the current flow and prices. */
    void solve() {
        buildResidualNetwork();
        long epsilon = largestViolation();
        while (epsilon > 1) {
            epsilon = Math.max(1, epsilon / ALPHA);
            refine(epsilon);
        }
        for (int e = 0; e < edgeCount; e++) {
            edgeFlow[e] = edgeCapacity[e] - arcResidual[edgeArc[e]];
        }
    }

    private void buildResidualNetwork() {
        firstArc = new int[nodeCount + 1];
        for (int e = 0; e < edgeCount; e++) {
            firstArc[edgeTail[e] + 1]++;
            firstArc[edgeHead[e] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            firstArc[v + 1] += firstArc[v];
        }
        int[] next = Arrays.copyOf(firstArc, nodeCount);
        int arcCount = 2 * edgeCount;
        arcHead = new int[arcCount];
        arcResidual = new int[arcCount];
        arcReverse = new int[arcCount];
        arcCost = new long[arcCount];
        edgeArc = new int[edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            int forward = next[edgeTail[e]]++;
            int backward = next[edgeHead[e]]++;
            arcHead[forward] = edgeHead[e];
            arcHead[backward] = edgeTail[e];
            arcResidual[forward] = edgeCapacity[e] - edgeFlow[e];
            arcResidual[backward] = edgeFlow[e];
            arcCost[forward] = edgeCost[e] * costScale;
            arcCost[backward] = -edgeCost[e] * costScale;
            arcReverse[forward] = backward;
            arcReverse[backward] = forward;
            edgeArc[e] = forward;
        }
    }

    private long largestViolation() {
        long violation = 0;
        for (int v = 0; v < nodeCount; v++) {
            for (int a = firstArc[v]; a < firstArc[v + 1]; a++) {
                if (arcResidual[a] > 0) {
                    violation = Math.max(violation, -(arcCost[a] + price[v] - price[arcHead[a]]));
                }
            }
        }
        return violation;
    }

    /** Turns the circulation into an ε-optimal one: saturate every arc of negative reduced cost, then push back. */
    private void refine(long epsilon) {
        for (int v = 0; v < nodeCount; v++) {
            long pv = price[v];
            for (int a = firstArc[v]; a < firstArc[v + 1]; a++) {
                int delta = arcResidual[a];
                if (delta > 0 && arcCost[a] + pv - price[arcHead[a]] < 0) {
                    arcResidual[a] = 0;
                    arcResidual[arcReverse[a]] += delta;
                    excess[v] -= delta;
                    excess[arcHead[a]] += delta;
                }
            }
        }
        int queueHead = 0;
        int queueSize = 0;
        for (int v = 0; v < nodeCount; v++) {
            currentArc[v] = firstArc[v];
            if (excess[v] > 0) {
                queue[queueSize++] = v;
            }
        }
        while (queueSize > 0) {
            int v = queue[queueHead];
            queueHead = queueHead + 1 == nodeCount ? 0 : queueHead + 1;
            queueSize--;
            long left = excess[v];
            long pv = price[v];
            int a = currentArc[v];
            int end = firstArc[v + 1];
            while (left > 0) {
                for (; a < end; a++) {
                    int residual = arcResidual[a];
                    if (residual > 0) {
                        int w = arcHead[a];
                        if (arcCost[a] + pv - price[w] < 0) {
                            int delta = (int) Math.min(left, residual);
                            arcResidual[a] = residual - delta;
                            arcResidual[arcReverse[a]] += delta;
                            left -= delta;
                            long before = excess[w];
                            excess[w] = before + delta;
                            if (before <= 0 && before + delta > 0) {
                                int tail = queueHead + queueSize;
                                queue[tail >= nodeCount ? tail - nodeCount : tail] = w;
                                queueSize++;
                            }
                            if (left == 0) {
                                break;
                            }
                        }
                    }
                }
                if (left > 0) {
                    pv = relabeled(v, pv, epsilon);
                    a = firstArc[v];
                }
            }
            excess[v] = 0;
            price[v] = pv;
            currentArc[v] = a;
        }
    }

    /** Lowers the price just enough that the cheapest residual arc becomes admissible (reduced cost -ε). */
    private long relabeled(int v, long pv, long epsilon) {
        long cheapest = Long.MAX_VALUE;
        for (int a = firstArc[v]; a < firstArc[v + 1]; a++) {
            if (arcResidual[a] > 0) {
                cheapest = Math.min(cheapest, arcCost[a] + pv - price[arcHead[a]]);
            }
        }
        return pv - cheapest - epsilon;
    }
}

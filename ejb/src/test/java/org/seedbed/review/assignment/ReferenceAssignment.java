package org.seedbed.review.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slow, obviously correct answers to check the real assignment against: the objective straight from its definition,
 * exhaustive search over every feasible assignment, and a textbook min-cost max-flow by successive shortest paths with
 * Bellman–Ford. None of it shares code with the planner beyond the documented cost weights.
 */
final class ReferenceAssignment {

    /** The best of all feasible assignments: most slots filled, then lowest objective. */
    record Optimum(int filledSlots, long cost) {}

    private ReferenceAssignment() {}

    /** The objective as {@link ReviewerAssignment} documents it, for any set of pairs. */
    static long objective(AssignmentRequest request, Collection<Pair> pairs) {
        Map<Long, Integer> loads = new HashMap<>();
        long cost = 0;
        for (Pair pair : pairs) {
            cost += pairCost(request, pair);
            loads.merge(pair.reviewerId(), 1, Integer::sum);
        }
        for (int load : loads.values()) {
            cost += AssignmentCosts.loadCost(load);
        }
        return cost;
    }

    static int pairCost(AssignmentRequest request, Pair pair) {
        Reviewable submission = submission(request, pair.submissionId());
        Reviewer reviewer = reviewer(request, pair.reviewerId());
        boolean matches = submission.topics().stream().anyMatch(reviewer.expertise()::contains);
        return AssignmentCosts.pairCost(matches, request.bids().getOrDefault(pair, 0));
    }

    /** Whether the planner may add this pair: not a conflict, not forbidden, not already pinned. */
    static boolean eligible(AssignmentRequest request, Pair pair) {
        return !request.conflicts().contains(pair)
                && !request.forbidden().contains(pair)
                && !request.pinned().contains(pair);
    }

    static Optimum bruteForce(AssignmentRequest request) {
        List<Reviewable> submissions = request.submissions();
        List<Reviewer> reviewers = request.reviewers();
        int[] load = new int[reviewers.size()];
        List<Pair> chosen = new ArrayList<>(request.pinned());
        for (Pair pin : request.pinned()) {
            load[reviewers.indexOf(reviewer(request, pin.reviewerId()))]++;
        }
        Optimum[] best = {new Optimum(-1, Long.MAX_VALUE)};
        search(request, 0, load, chosen, best);
        return best[0];
    }

    private static void search(AssignmentRequest request, int s, int[] load, List<Pair> chosen, Optimum[] best) {
        if (s == request.submissions().size()) {
            int filled = chosen.size() - request.pinned().size();
            long cost = objective(request, chosen);
            if (filled > best[0].filledSlots() || filled == best[0].filledSlots() && cost < best[0].cost()) {
                best[0] = new Optimum(filled, cost);
            }
            return;
        }
        Reviewable submission = request.submissions().get(s);
        long pinnedHere = request.pinned().stream()
                .filter(p -> p.submissionId() == submission.id())
                .count();
        int open = submission.reviewersNeeded() - (int) pinnedHere;
        chooseReviewers(request, s, submission, 0, open, load, chosen, best);
    }

    private static void chooseReviewers(
            AssignmentRequest request,
            int s,
            Reviewable submission,
            int from,
            int open,
            int[] load,
            List<Pair> chosen,
            Optimum[] best) {
        search(request, s + 1, load, chosen, best);
        if (open == 0) {
            return;
        }
        List<Reviewer> reviewers = request.reviewers();
        for (int r = from; r < reviewers.size(); r++) {
            Pair pair = new Pair(reviewers.get(r).id(), submission.id());
            if (eligible(request, pair) && load[r] < reviewers.get(r).maxLoad()) {
                load[r]++;
                chosen.add(pair);
                chooseReviewers(request, s, submission, r + 1, open - 1, load, chosen, best);
                chosen.remove(chosen.size() - 1);
                load[r]--;
            }
        }
    }

    /**
     * Min-cost max-flow by successive shortest paths: source → submission (open slots) → reviewer (one per pair) →
     * sink (one arc per further unit of load at its marginal cost). Returns the pairs, pins included.
     */
    static List<Pair> successiveShortestPaths(AssignmentRequest request) {
        List<Reviewable> submissions = request.submissions();
        List<Reviewer> reviewers = request.reviewers();
        int source = 0;
        int sink = 1 + submissions.size() + reviewers.size();
        Graph graph = new Graph(sink + 1);
        for (int s = 0; s < submissions.size(); s++) {
            Reviewable submission = submissions.get(s);
            long pinned = request.pinned().stream()
                    .filter(p -> p.submissionId() == submission.id())
                    .count();
            graph.add(source, 1 + s, submission.reviewersNeeded() - (int) pinned, 0);
        }
        List<int[]> pairArcs = new ArrayList<>();
        for (int s = 0; s < submissions.size(); s++) {
            for (int r = 0; r < reviewers.size(); r++) {
                Pair pair = new Pair(reviewers.get(r).id(), submissions.get(s).id());
                if (eligible(request, pair)) {
                    int arc = graph.add(1 + s, 1 + submissions.size() + r, 1, pairCost(request, pair));
                    pairArcs.add(new int[] {arc, s, r});
                }
            }
        }
        for (int r = 0; r < reviewers.size(); r++) {
            Reviewer reviewer = reviewers.get(r);
            long pinned = request.pinned().stream()
                    .filter(p -> p.reviewerId() == reviewer.id())
                    .count();
            for (int load = (int) pinned + 1; load <= reviewer.maxLoad(); load++) {
                graph.add(1 + submissions.size() + r, sink, 1, AssignmentCosts.marginalLoadCost(load));
            }
        }
        while (graph.augmentAlongShortestPath(source, sink)) {
            // one unit per round
        }
        List<Pair> pairs = new ArrayList<>(request.pinned());
        for (int[] arc : pairArcs) {
            if (graph.flow(arc[0]) > 0) {
                pairs.add(new Pair(
                        reviewers.get(arc[2]).id(), submissions.get(arc[1]).id()));
            }
        }
        return pairs;
    }

    private static Reviewable submission(AssignmentRequest request, long id) {
        return request.submissions().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static Reviewer reviewer(AssignmentRequest request, long id) {
        return request.reviewers().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Edge list with paired reverse arcs; arc a and a ^ 1 are each other's reverse. */
    private static final class Graph {
        private final int nodes;
        private final List<Integer> tail = new ArrayList<>();
        private final List<Integer> head = new ArrayList<>();
        private final List<Integer> capacity = new ArrayList<>();
        private final List<Long> cost = new ArrayList<>();
        private final List<List<Integer>> outgoing = new ArrayList<>();

        Graph(int nodes) {
            this.nodes = nodes;
            for (int v = 0; v < nodes; v++) {
                outgoing.add(new ArrayList<>());
            }
        }

        int add(int from, int to, int cap, long arcCost) {
            tail.add(from);
            head.add(to);
            capacity.add(cap);
            cost.add(arcCost);
            tail.add(to);
            head.add(from);
            capacity.add(0);
            cost.add(-arcCost);
            outgoing.get(from).add(tail.size() - 2);
            outgoing.get(to).add(tail.size() - 1);
            return tail.size() - 2;
        }

        int flow(int arc) {
            return capacity.get(arc ^ 1);
        }

        boolean augmentAlongShortestPath(int source, int sink) {
            long[] distance = new long[nodes];
            Arrays.fill(distance, Long.MAX_VALUE);
            int[] via = new int[nodes];
            Arrays.fill(via, -1);
            distance[source] = 0;
            boolean[] queued = new boolean[nodes];
            Deque<Integer> queue = new ArrayDeque<>(List.of(source));
            queued[source] = true;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                queued[v] = false;
                for (int a : outgoing.get(v)) {
                    if (capacity.get(a) > 0 && distance[v] + cost.get(a) < distance[head.get(a)]) {
                        distance[head.get(a)] = distance[v] + cost.get(a);
                        via[head.get(a)] = a;
                        if (!queued[head.get(a)]) {
                            queued[head.get(a)] = true;
                            queue.add(head.get(a));
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                return false;
            }
            for (int v = sink; v != source; v = tail.get(via[v])) {
                int a = via[v];
                capacity.set(a, capacity.get(a) - 1);
                capacity.set(a ^ 1, capacity.get(a ^ 1) + 1);
            }
            return true;
        }
    }
}

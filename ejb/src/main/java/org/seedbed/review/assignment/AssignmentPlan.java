package org.seedbed.review.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of an assignment: who reviews what, pinned pairs included.
 *
 * @param pairs the assigned pairs, sorted by submission and then by reviewer
 * @param shortfalls for each submission that could not get all its reviewers, how many slots stay open
 * @param cost the value of the objective that was minimised (see {@link ReviewerAssignment}), pinned pairs included;
 *     useful to compare plans, meaningless on its own
 */
public record AssignmentPlan(List<Pair> pairs, Map<Long, Integer> shortfalls, long cost) {

    private static final Comparator<Pair> BY_SUBMISSION_THEN_REVIEWER =
            Comparator.comparingLong(Pair::submissionId).thenComparingLong(Pair::reviewerId);

    public AssignmentPlan {
        List<Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(BY_SUBMISSION_THEN_REVIEWER);
        pairs = List.copyOf(sorted);
        shortfalls = Collections.unmodifiableMap(new TreeMap<>(shortfalls));
    }

    /** How many submissions each reviewer got; reviewers without any are absent. */
    public Map<Long, Integer> loads() {
        Map<Long, Integer> loads = new TreeMap<>();
        for (Pair pair : pairs) {
            loads.merge(pair.reviewerId(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(loads);
    }

    public int loadOf(long reviewerId) {
        return (int) pairs.stream().filter(p -> p.reviewerId() == reviewerId).count();
    }

    public List<Long> reviewersOf(long submissionId) {
        return pairs.stream()
                .filter(p -> p.submissionId() == submissionId)
                .map(Pair::reviewerId)
                .toList();
    }

    /** Review slots left open over the whole call. */
    public int totalShortfall() {
        return shortfalls.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package org.seedbed.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A checked request turned into arrays: submissions and reviewers numbered by ascending id (so the order of the input
 * never changes the outcome), topics as bit sets, and per submission the reviewers it may not get a new pair with and
 * the bids it received.
 */
final class IndexedRequest {

    static final int INELIGIBLE = -1;

    private final long[] submissionIds;
    private final long[] reviewerIds;
    private final List<Pair> pinned;
    private final int[] openSlots;
    private final int[] pinnedLoad;
    private final int[] spareLoad;
    private final int topicWords;
    private final long[] submissionTopics;
    private final long[] reviewerExpertise;
    private final int[][] excluded;
    private final int[][] bidReviewers;
    private final int[][] bidValues;

    private IndexedRequest(AssignmentRequest request) {
        List<Reviewable> submissions = sortedUnique(request.submissions(), Reviewable::id, "submission");
        List<Reviewer> reviewers = sortedUnique(request.reviewers(), Reviewer::id, "reviewer");
        submissionIds = submissions.stream().mapToLong(Reviewable::id).toArray();
        reviewerIds = reviewers.stream().mapToLong(Reviewer::id).toArray();

        pinned = checkedPins(request);
        int[] pinnedCount = new int[submissionIds.length];
        pinnedLoad = new int[reviewerIds.length];
        for (Pair pin : pinned) {
            pinnedCount[submissionIndex(pin.submissionId())]++;
            pinnedLoad[reviewerIndex(pin.reviewerId())]++;
        }
        // Pins beyond a need or a cap were an officer's explicit choice: they are all kept, nothing is added.
        openSlots = new int[submissionIds.length];
        for (int s = 0; s < openSlots.length; s++) {
            openSlots[s] = Math.max(0, submissions.get(s).reviewersNeeded() - pinnedCount[s]);
        }
        spareLoad = new int[reviewerIds.length];
        for (int r = 0; r < spareLoad.length; r++) {
            spareLoad[r] = Math.max(0, reviewers.get(r).maxLoad() - pinnedLoad[r]);
        }

        Map<String, Integer> vocabulary = vocabulary(submissions, reviewers);
        topicWords = Math.max(1, (vocabulary.size() + 63) / 64);
        submissionTopics = bitSets(submissions, Reviewable::topics, vocabulary);
        reviewerExpertise = bitSets(reviewers, Reviewer::expertise, vocabulary);

        excluded = excludedReviewers(request);
        bidReviewers = new int[submissionIds.length][];
        bidValues = new int[submissionIds.length][];
        indexBids(request.bids());
    }

    /** @throws IllegalArgumentException if the request contradicts itself */
    static IndexedRequest of(AssignmentRequest request) {
        return new IndexedRequest(request);
    }

    int submissionCount() {
        return submissionIds.length;
    }

    int reviewerCount() {
        return reviewerIds.length;
    }

    long submissionId(int s) {
        return submissionIds[s];
    }

    long reviewerId(int r) {
        return reviewerIds[r];
    }

    /** The index of a submission id, negative if unknown. */
    int submissionIndex(long id) {
        return Arrays.binarySearch(submissionIds, id);
    }

    /** The index of a reviewer id, negative if unknown. */
    int reviewerIndex(long id) {
        return Arrays.binarySearch(reviewerIds, id);
    }

    /** Slots still to fill after the pins. */
    int openSlots(int s) {
        return openSlots[s];
    }

    int pinnedLoad(int r) {
        return pinnedLoad[r];
    }

    /** Submissions the reviewer may still take after the pins. */
    int spareLoad(int r) {
        return spareLoad[r];
    }

    /** Sorted by submission, then reviewer. */
    List<Pair> pinned() {
        return pinned;
    }

    /** Reviewers that may not get a new pair with submission s: conflicts, bans and pins, sorted. */
    int[] excludedReviewers(int s) {
        return excluded[s];
    }

    /**
     * Fills {@code costs[r]} with the cost of a new pair (submission s, reviewer r), or {@link #INELIGIBLE} when the
     * pair may not be added: a conflict, a ban, a pin already there, or a side without room left.
     */
    void newPairCosts(int s, int[] costs) {
        if (openSlots[s] == 0) {
            Arrays.fill(costs, 0, reviewerIds.length, INELIGIBLE);
            return;
        }
        int expert = AssignmentCosts.pairCost(true, 0);
        int outsider = AssignmentCosts.pairCost(false, 0);
        for (int r = 0; r < reviewerIds.length; r++) {
            costs[r] = spareLoad[r] == 0 ? INELIGIBLE : expertiseMatches(s, r) ? expert : outsider;
        }
        int[] bidders = bidReviewers[s];
        for (int i = 0; i < bidders.length; i++) {
            int r = bidders[i];
            if (costs[r] != INELIGIBLE) {
                costs[r] = AssignmentCosts.pairCost(expertiseMatches(s, r), bidValues[s][i]);
            }
        }
        for (int r : excluded[s]) {
            costs[r] = INELIGIBLE;
        }
    }

    /** The cost of a pair as the objective counts it, pinned pairs included. */
    int pairCost(int s, int r) {
        int i = Arrays.binarySearch(bidReviewers[s], r);
        return AssignmentCosts.pairCost(expertiseMatches(s, r), i >= 0 ? bidValues[s][i] : 0);
    }

    private boolean expertiseMatches(int s, int r) {
        for (int w = 0; w < topicWords; w++) {
            if ((submissionTopics[s * topicWords + w] & reviewerExpertise[r * topicWords + w]) != 0) {
                return true;
            }
        }
        return false;
    }

    private List<Pair> checkedPins(AssignmentRequest request) {
        for (Pair pin : request.pinned()) {
            if (submissionIndex(pin.submissionId()) < 0) {
                throw new IllegalArgumentException(
                        "pinned pair " + pin + " names an unknown submission " + pin.submissionId());
            }
            if (reviewerIndex(pin.reviewerId()) < 0) {
                throw new IllegalArgumentException(
                        "pinned pair " + pin + " names an unknown reviewer " + pin.reviewerId());
            }
            if (request.conflicts().contains(pin)) {
                throw new IllegalArgumentException("pinned pair " + pin + " is a conflict of interest");
            }
            if (request.forbidden().contains(pin)) {
                throw new IllegalArgumentException("pinned pair " + pin + " is also forbidden");
            }
        }
        return request.pinned().stream()
                .sorted(Comparator.comparingLong(Pair::submissionId).thenComparingLong(Pair::reviewerId))
                .toList();
    }

    /** Pairs that name someone outside the request are skipped: such lists are often kept organisation-wide. */
    private int[][] excludedReviewers(AssignmentRequest request) {
        List<List<Integer>> rows = emptyRows();
        for (Set<Pair> barred : List.of(request.conflicts(), request.forbidden(), request.pinned())) {
            for (Pair pair : barred) {
                int s = submissionIndex(pair.submissionId());
                int r = reviewerIndex(pair.reviewerId());
                if (s >= 0 && r >= 0) {
                    rows.get(s).add(r);
                }
            }
        }
        return rows.stream()
                .map(row -> row.stream()
                        .mapToInt(Integer::intValue)
                        .sorted()
                        .distinct()
                        .toArray())
                .toArray(int[][]::new);
    }

    private void indexBids(Map<Pair, Integer> bids) {
        List<List<Integer>> reviewers = emptyRows();
        Map<Pair, Integer> known = new HashMap<>();
        for (Map.Entry<Pair, Integer> bid : bids.entrySet()) {
            int value = bid.getValue();
            if (value < ReviewerAssignment.MIN_BID || value > ReviewerAssignment.MAX_BID) {
                throw new IllegalArgumentException("bid " + value + " on " + bid.getKey() + " is outside "
                        + ReviewerAssignment.MIN_BID + ".." + ReviewerAssignment.MAX_BID);
            }
            int s = submissionIndex(bid.getKey().submissionId());
            int r = reviewerIndex(bid.getKey().reviewerId());
            if (s >= 0 && r >= 0) {
                reviewers.get(s).add(r);
                known.put(bid.getKey(), value);
            }
        }
        for (int s = 0; s < submissionIds.length; s++) {
            bidReviewers[s] = reviewers.get(s).stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            bidValues[s] = new int[bidReviewers[s].length];
            for (int i = 0; i < bidReviewers[s].length; i++) {
                bidValues[s][i] = known.get(new Pair(reviewerIds[bidReviewers[s][i]], submissionIds[s]));
            }
        }
    }

    private List<List<Integer>> emptyRows() {
        List<List<Integer>> rows = new ArrayList<>(submissionIds.length);
        for (int s = 0; s < submissionIds.length; s++) {
            rows.add(new ArrayList<>(0));
        }
        return rows;
    }

    /** Topic names numbered in alphabetical order, so that bit positions never depend on hash order. */
    private static Map<String, Integer> vocabulary(List<Reviewable> submissions, List<Reviewer> reviewers) {
        TreeSet<String> topics = new TreeSet<>();
        submissions.forEach(s -> topics.addAll(s.topics()));
        reviewers.forEach(r -> topics.addAll(r.expertise()));
        Map<String, Integer> numbers = new HashMap<>();
        topics.forEach(topic -> numbers.put(topic, numbers.size()));
        return numbers;
    }

    private <T> long[] bitSets(List<T> rows, Function<T, Collection<String>> topics, Map<String, Integer> vocabulary) {
        long[] bits = new long[rows.size() * topicWords];
        for (int row = 0; row < rows.size(); row++) {
            for (String topic : topics.apply(rows.get(row))) {
                int t = vocabulary.get(topic);
                bits[row * topicWords + t / 64] |= 1L << (t % 64);
            }
        }
        return bits;
    }

    private static <T> List<T> sortedUnique(List<T> items, ToLongFunction<T> id, String kind) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(id));
        for (int i = 1; i < sorted.size(); i++) {
            if (id.applyAsLong(sorted.get(i)) == id.applyAsLong(sorted.get(i - 1))) {
                throw new IllegalArgumentException(kind + " " + id.applyAsLong(sorted.get(i)) + " appears twice");
            }
        }
        return sorted;
    }
}

package org.seedbed.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.seedbed.review.assignment.AssignmentPlan;
import org.seedbed.review.assignment.AssignmentRequest;
import org.seedbed.review.assignment.Pair;
import org.seedbed.review.assignment.Reviewable;
import org.seedbed.review.assignment.Reviewer;
import org.seedbed.review.assignment.ReviewerAssignment;

/**
 * Times the reviewer assignment on a synthetic call: every submission needs the same number of reviewers, every expert
 * takes at most 7/6 of the average load, about 1% of pairs are conflicts, 20 expertise areas (2-4 per expert, 1-2 per
 * submission), and each expert bids on 20 random submissions.
 *
 * <p>Arguments, all optional: submissions, reviewers per submission, experts, seed (defaults 10000 3 500 42).
 */
public final class AssignmentBenchmark {

    private static final System.Logger LOG = System.getLogger(AssignmentBenchmark.class.getName());

    private static final int AREAS = 20;
    private static final int BIDS_PER_EXPERT = 20;

    private AssignmentBenchmark() {}

    public static void main(String[] args) {
        int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int reviewersPerSubmission = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int experts = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;

        // The first run pays for class loading and JIT compilation, which is not what we measure.
        run(Math.max(1, submissions / 10), reviewersPerSubmission, Math.max(1, experts / 5), seed + 1, false);
        run(submissions, reviewersPerSubmission, experts, seed, true);
    }

    private static void run(int submissions, int reviewersPerSubmission, int experts, long seed, boolean report) {
        AssignmentRequest request = syntheticCall(submissions, reviewersPerSubmission, experts, new Random(seed));
        long start = System.nanoTime();
        AssignmentPlan plan = new ReviewerAssignment().plan(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        Map<Long, Integer> loads = plan.loads();
        int maxLoad = request.reviewers().stream()
                .mapToInt(r -> loads.getOrDefault(r.id(), 0))
                .max()
                .orElse(0);
        int minLoad = request.reviewers().stream()
                .mapToInt(r -> loads.getOrDefault(r.id(), 0))
                .min()
                .orElse(0);
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        Locale.ROOT,
                        "assignment: %d submissions x %d reviewers over %d experts: %d pairs in %.2f s "
                                + "(max load %d, min load %d, shortfall %d, expertise matches %.0f%%)",
                        submissions,
                        reviewersPerSubmission,
                        experts,
                        plan.pairs().size(),
                        seconds,
                        maxLoad,
                        minLoad,
                        plan.totalShortfall(),
                        100.0
                                * expertiseMatches(request, plan)
                                / Math.max(1, plan.pairs().size())));
    }

    private static AssignmentRequest syntheticCall(
            int submissionCount, int reviewersPerSubmission, int expertCount, Random random) {
        List<Reviewable> submissions = new ArrayList<>();
        for (int s = 0; s < submissionCount; s++) {
            submissions.add(new Reviewable(100_000 + s, reviewersPerSubmission, areas(random, 1, 2)));
        }
        int averageLoad = (submissionCount * reviewersPerSubmission + expertCount - 1) / expertCount;
        int maxLoad = Math.max(1, (averageLoad * 7 + 5) / 6);
        List<Reviewer> experts = new ArrayList<>();
        for (int e = 0; e < expertCount; e++) {
            experts.add(new Reviewer(1 + e, maxLoad, areas(random, 2, 4)));
        }
        Set<Pair> conflicts = new HashSet<>();
        for (Reviewable submission : submissions) {
            for (Reviewer expert : experts) {
                if (random.nextInt(100) == 0) {
                    conflicts.add(new Pair(expert.id(), submission.id()));
                }
            }
        }
        Map<Pair, Integer> bids = new HashMap<>();
        for (Reviewer expert : experts) {
            for (int b = 0; b < BIDS_PER_EXPERT; b++) {
                Reviewable submission = submissions.get(random.nextInt(submissionCount));
                bids.put(new Pair(expert.id(), submission.id()), random.nextInt(5) - 2);
            }
        }
        return new AssignmentRequest(submissions, experts, conflicts, Set.of(), Set.of(), bids);
    }

    private static Set<String> areas(Random random, int fewest, int most) {
        int count = fewest + random.nextInt(most - fewest + 1);
        Set<String> areas = new HashSet<>();
        while (areas.size() < count) {
            areas.add("area-" + random.nextInt(AREAS));
        }
        return areas;
    }

    private static long expertiseMatches(AssignmentRequest request, AssignmentPlan plan) {
        Map<Long, Set<String>> topics = new HashMap<>();
        request.submissions().forEach(s -> topics.put(s.id(), s.topics()));
        Map<Long, Set<String>> expertise = new HashMap<>();
        request.reviewers().forEach(r -> expertise.put(r.id(), r.expertise()));
        return plan.pairs().stream()
                .filter(p -> topics.get(p.submissionId()).stream().anyMatch(expertise.get(p.reviewerId())::contains))
                .count();
    }
}

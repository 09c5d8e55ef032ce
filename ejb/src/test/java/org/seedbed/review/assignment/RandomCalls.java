package org.seedbed.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random but consistent requests: pins respect needs, caps, conflicts and bans, so every one of them is valid. */
final class RandomCalls {

    private static final List<String> TOPICS = List.of("water", "health", "education", "elderly", "environment");

    private RandomCalls() {}

    static AssignmentRequest generate(Random random, int submissionCount, int reviewerCount, int largestNeed) {
        List<Reviewable> submissions = new ArrayList<>();
        for (int s = 0; s < submissionCount; s++) {
            submissions.add(new Reviewable(1000 + 7L * s, random.nextInt(largestNeed + 1), topics(random, 1, 2)));
        }
        List<Reviewer> reviewers = new ArrayList<>();
        for (int r = 0; r < reviewerCount; r++) {
            int maxLoad = random.nextInt(2 + submissionCount * largestNeed / Math.max(1, reviewerCount));
            reviewers.add(new Reviewer(50 + 3L * r, maxLoad, topics(random, 0, 3)));
        }
        Set<Pair> conflicts = new HashSet<>();
        Set<Pair> forbidden = new HashSet<>();
        Map<Pair, Integer> bids = new HashMap<>();
        for (Reviewable submission : submissions) {
            for (Reviewer reviewer : reviewers) {
                Pair pair = new Pair(reviewer.id(), submission.id());
                double dice = random.nextDouble();
                if (dice < 0.12) {
                    conflicts.add(pair);
                } else if (dice < 0.2) {
                    forbidden.add(pair);
                }
                if (random.nextDouble() < 0.3) {
                    bids.put(pair, random.nextInt(5) - 2);
                }
            }
        }
        Set<Pair> pinned = new HashSet<>();
        Map<Long, Integer> pinnedPerSubmission = new HashMap<>();
        Map<Long, Integer> pinnedPerReviewer = new HashMap<>();
        for (Reviewable submission : submissions) {
            for (Reviewer reviewer : reviewers) {
                Pair pair = new Pair(reviewer.id(), submission.id());
                if (random.nextDouble() < 0.08
                        && !conflicts.contains(pair)
                        && !forbidden.contains(pair)
                        && pinnedPerSubmission.getOrDefault(submission.id(), 0) < submission.reviewersNeeded()
                        && pinnedPerReviewer.getOrDefault(reviewer.id(), 0) < reviewer.maxLoad()) {
                    pinned.add(pair);
                    pinnedPerSubmission.merge(submission.id(), 1, Integer::sum);
                    pinnedPerReviewer.merge(reviewer.id(), 1, Integer::sum);
                }
            }
        }
        return new AssignmentRequest(submissions, reviewers, conflicts, pinned, forbidden, bids);
    }

    private static Set<String> topics(Random random, int fewest, int most) {
        int count = fewest + random.nextInt(most - fewest + 1);
        Set<String> topics = new HashSet<>();
        while (topics.size() < count) {
            topics.add(TOPICS.get(random.nextInt(TOPICS.size())));
        }
        return topics;
    }
}

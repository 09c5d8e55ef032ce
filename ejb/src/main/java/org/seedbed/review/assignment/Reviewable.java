package org.seedbed.review.assignment;

import java.util.Set;

/**
 * A submission as the assignment sees it.
 *
 * @param id the submission's id
 * @param reviewersNeeded how many distinct experts must review it (may depend on its category)
 * @param topics what it is about, e.g. its category and service areas; compared with the experts' expertise
 */
public record Reviewable(long id, int reviewersNeeded, Set<String> topics) {

    public Reviewable {
        if (reviewersNeeded < 0) {
            throw new IllegalArgumentException(
                    "submission " + id + " needs " + reviewersNeeded + " reviewers; the number cannot be negative");
        }
        topics = Set.copyOf(topics);
    }
}

package org.seedbed.review.ranking;

import java.time.Instant;
import java.util.Objects;

/**
 * A submission taking part in the ranking.
 *
 * @param submissionId the submission's id, unique in the ranking
 * @param category the budget category it is funded from, or null when it belongs to none
 * @param requestedMinor what it asks of the call, in minor units (分)
 * @param submittedAt when the call received it
 */
public record Candidate(long submissionId, String category, long requestedMinor, Instant submittedAt) {

    public Candidate {
        if (requestedMinor < 0) {
            throw new IllegalArgumentException(
                    "submission " + submissionId + " requests " + requestedMinor + "; it cannot be negative");
        }
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}

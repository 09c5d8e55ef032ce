package org.seedbed.review.ranking;

import java.util.Map;

/**
 * A submitted score sheet: one reviewer's integer score for each criterion of the rubric, by criterion code. Drafts are
 * not sheets; only what reviewers submitted is ranked.
 */
public record Sheet(long submissionId, long reviewerId, Map<String, Integer> scores) {

    public Sheet {
        scores = Map.copyOf(scores);
    }
}

package org.seedbed.review.ranking;

import java.util.List;
import java.util.Optional;

/**
 * A call's submissions in rank order, scored ones first, then the unscored ones.
 *
 * @param method the method submissions were ranked by
 * @param thresholds the thresholds disagreement was flagged at
 * @param submissions every candidate, in rank order
 * @param sheets how many sheets were ranked
 * @param grandMean the mean of all sheet totals of the call; 0 without sheets
 * @param pooledStandardDeviation the sample standard deviation of all sheet totals of the call, which scales z-scores
 *     back onto the 0..100 scale; 0 with fewer than two sheets
 */
public record RankingResult(
        Method method,
        DisagreementThresholds thresholds,
        List<RankedSubmission> submissions,
        int sheets,
        double grandMean,
        double pooledStandardDeviation) {

    public RankingResult {
        submissions = List.copyOf(submissions);
    }

    public List<RankedSubmission> scored() {
        return submissions.stream().filter(RankedSubmission::scored).toList();
    }

    public List<RankedSubmission> unscored() {
        return submissions.stream().filter(s -> !s.scored()).toList();
    }

    public Optional<RankedSubmission> find(long submissionId) {
        return submissions.stream()
                .filter(s -> s.submissionId() == submissionId)
                .findFirst();
    }
}

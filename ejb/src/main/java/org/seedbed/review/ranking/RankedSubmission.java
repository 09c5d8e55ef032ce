package org.seedbed.review.ranking;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A submission's place in a ranking.
 *
 * @param rank its position, from 1; never shared, ties being broken as {@link Ranking} describes
 * @param candidate the submission
 * @param method the method the ranking followed
 * @param scores what its sheets say, empty when it has no submitted sheet (it is then unscored and ranked last)
 */
public record RankedSubmission(int rank, Candidate candidate, Method method, Optional<Scores> scores) {

    public long submissionId() {
        return candidate.submissionId();
    }

    public boolean scored() {
        return scores.isPresent();
    }

    /** The aggregate by the ranking's method as people read it; empty when unscored. */
    public Optional<BigDecimal> aggregate() {
        return scores.map(s -> s.shown(method));
    }
}

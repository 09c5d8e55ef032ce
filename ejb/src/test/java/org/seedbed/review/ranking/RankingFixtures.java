package org.seedbed.review.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small calls for the ranking tests, where a sheet's total is easy to see. */
final class RankingFixtures {

    static final Instant OPENED = Instant.parse("2025-03-01T00:00:00Z");

    private RankingFixtures() {}

    /** One criterion scored 0..100, so a sheet's total is its score. */
    static ScoringRubric hundredPoints() {
        return new ScoringRubric(List.of(new Criterion("SCORE", 1, 0, 100)));
    }

    /** A sheet of the one-criterion rubric {@link #hundredPoints()}. */
    static Sheet sheet(long submissionId, long reviewerId, int total) {
        return new Sheet(submissionId, reviewerId, Map.of("SCORE", total));
    }

    /** A submission without category asking for 100,000.00 yuan, received {@code id} minutes after the call opened. */
    static Candidate candidate(long id) {
        return new Candidate(id, null, 10_000_000, OPENED.plusSeconds(60 * id));
    }

    static Candidate candidate(long id, String category, long requestedMinor) {
        return new Candidate(id, category, requestedMinor, OPENED.plusSeconds(60 * id));
    }

    static Scores scoresOf(RankingResult result, long submissionId) {
        return result.find(submissionId).orElseThrow().scores().orElseThrow();
    }

    static List<Long> order(RankingResult result) {
        return result.submissions().stream().map(RankedSubmission::submissionId).toList();
    }
}

package org.seedbed.review.assignment;

/** One expert reviewing one submission: an assignment, a conflict, a pin, a ban or the target of a bid. */
public record Pair(long reviewerId, long submissionId) {

    /**
     * Mixes both ids. The record's default hash adds them up almost linearly, so the pairs of a call with small,
     * sequential ids share a few thousand hash values, and the open addressing behind {@code Set.copyOf} turns
     * quadratic on a conflict list of half a million pairs.
     */
    @Override
    public int hashCode() {
        long h = reviewerId * 0x9E3779B97F4A7C15L + submissionId;
        h = (h ^ (h >>> 32)) * 0xD6E8FEB86659FD93L;
        return (int) (h ^ (h >>> 32));
    }
}

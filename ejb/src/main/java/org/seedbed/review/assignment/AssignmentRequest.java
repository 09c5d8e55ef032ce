package org.seedbed.review.assignment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the assignment of one call needs.
 *
 * <p>Conflicts, bans and bids that name an expert or a submission outside the request are ignored, because those lists
 * are usually kept for a whole organisation rather than for one call. Pins must name known ones, since they have to be
 * kept.
 *
 * @param submissions the submissions to review; ids must be unique
 * @param reviewers the experts of the call; ids must be unique
 * @param conflicts conflicts of interest: never assigned
 * @param pinned pairs an officer keeps; they count toward the submission's need and the expert's load
 * @param forbidden pairs an officer excludes: never assigned
 * @param bids an expert's wish to review a submission, from {@value ReviewerAssignment#MIN_BID} (does not want) to
 *     {@value ReviewerAssignment#MAX_BID} (eager); a missing bid counts as 0
 */
public record AssignmentRequest(
        List<Reviewable> submissions,
        List<Reviewer> reviewers,
        Set<Pair> conflicts,
        Set<Pair> pinned,
        Set<Pair> forbidden,
        Map<Pair, Integer> bids) {

    public AssignmentRequest {
        submissions = List.copyOf(submissions);
        reviewers = List.copyOf(reviewers);
        conflicts = Set.copyOf(conflicts);
        pinned = Set.copyOf(pinned);
        forbidden = Set.copyOf(forbidden);
        bids = Map.copyOf(bids);
    }

    /** A request without conflicts, pins, bans or bids. */
    public static AssignmentRequest of(List<Reviewable> submissions, List<Reviewer> reviewers) {
        return new AssignmentRequest(submissions, reviewers, Set.of(), Set.of(), Set.of(), Map.of());
    }
}

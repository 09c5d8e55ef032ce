package org.seedbed.review.faces;

import java.util.List;
import org.seedbed.review.boundary.AssignmentView;

/**
 * An application on the assignment board: its experts, how many it needs, and the panel members
 * who could still be added (accepted, not yet on it, without a standing conflict). One no longer
 * under review (withdrawn after assignment, say) still shows while it has experts, so that they
 * can be taken off; it needs none.
 */
public record ApplicationRow(
        long submissionId,
        String receiptNo,
        String title,
        String organizationName,
        String categoryCode,
        String categoryName,
        boolean underReview,
        int needed,
        List<AssignmentView> reviewers,
        List<Candidate> candidates) {

    /** Review slots still open: experts needed but not assigned. */
    public int shortfall() {
        return Math.max(0, needed - reviewers.size());
    }

    /** A panel member who could be added, and whether they already carry their maximum. */
    public record Candidate(long expertId, String name, long load, int maxLoad) {

        public boolean full() {
            return load >= maxLoad;
        }
    }
}

package org.seedbed.review.boundary;

import java.util.Set;
import org.seedbed.review.entity.ConflictKind;

/**
 * An application under review as a panel expert sees it before assignment: enough to declare a
 * conflict or state a preference (the organization is hidden in blind review).
 */
public record CandidateView(
        long submissionId,
        String title,
        String organizationName,
        String categoryCode,
        Set<ConflictKind> declared,
        Integer preference) {}

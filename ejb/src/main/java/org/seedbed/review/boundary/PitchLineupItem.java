package org.seedbed.review.boundary;

import org.seedbed.review.entity.Pitch;

/** An application in the pitch order: sheets due and in, and its pitch state (null until first opened). */
public record PitchLineupItem(
        long submissionId,
        String receiptNo,
        String title,
        String organizationName,
        String categoryCode,
        int assigned,
        int submitted,
        Pitch.Status status) {}

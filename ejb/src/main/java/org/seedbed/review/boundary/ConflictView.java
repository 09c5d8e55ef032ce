package org.seedbed.review.boundary;

import java.time.Instant;
import org.seedbed.review.entity.ConflictKind;
import org.seedbed.review.entity.ReviewConflict;

/** A conflict of interest between an expert and an application, and whether it was waived. */
public record ConflictView(
        long id,
        long expertId,
        String expertName,
        long submissionId,
        String title,
        ConflictKind kind,
        ReviewConflict.Source source,
        String reason,
        boolean waived,
        String waiverReason,
        String recordedBy,
        Instant recordedAt) {

    static ConflictView of(ReviewConflict c) {
        return new ConflictView(
                c.id(),
                c.expert().id(),
                c.expert().user().displayName(),
                c.submission().id(),
                c.submission().title(),
                c.kind(),
                c.source(),
                c.reason(),
                c.waived(),
                c.waiverReason(),
                c.recordedBy(),
                c.recordedAt());
    }
}

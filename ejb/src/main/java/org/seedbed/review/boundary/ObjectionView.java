package org.seedbed.review.boundary;

import java.time.Instant;
import org.seedbed.review.entity.NoticeObjection;

/** An objection as officers handle it (contact details are never shown publicly). */
public record ObjectionView(
        long id,
        Long submissionId,
        String submissionTitle,
        String name,
        String contact,
        String text,
        String evidenceName,
        NoticeObjection.Status status,
        String resolution,
        String resolvedBy,
        Instant resolvedAt,
        Instant filedAt) {}

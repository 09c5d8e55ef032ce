package org.seedbed.submission.boundary;

import java.time.Instant;

/** A file attached to a submission's file question. */
public record AttachmentView(
        long id,
        String questionKey,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}

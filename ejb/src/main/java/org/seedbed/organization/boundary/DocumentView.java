package org.seedbed.organization.boundary;

import java.time.Instant;
import org.seedbed.organization.entity.DocumentType;
import org.seedbed.organization.entity.OrganizationDocument;

/** A document on file, without its bytes. */
public record DocumentView(
        long id,
        DocumentType type,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {

    static DocumentView of(OrganizationDocument d) {
        return new DocumentView(
                d.id(), d.type(), d.fileName(), d.contentType(), d.sizeBytes(), d.uploadedBy(), d.uploadedAt());
    }
}

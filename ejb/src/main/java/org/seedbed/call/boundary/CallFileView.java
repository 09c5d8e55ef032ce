package org.seedbed.call.boundary;

import java.time.Instant;

/** A file published with a call, as its public page and the API list it. */
public record CallFileView(
        long id, String title, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {}

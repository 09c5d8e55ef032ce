package org.seedbed.api;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.seedbed.organization.boundary.DocumentContent;

/** A stored file as a download: an attachment (never shown inline), private, with its UTF-8 name. */
final class Downloads {

    private Downloads() {}

    static Response attachment(DocumentContent content) {
        try {
            return Response.ok(Files.newInputStream(content.file()))
                    .type(content.contentType())
                    .header("Content-Length", content.sizeBytes())
                    .header(
                            "Content-Disposition",
                            "attachment; filename*=UTF-8''"
                                    + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8)
                                            .replace("+", "%20"))
                    .header("Cache-Control", "private, no-store")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

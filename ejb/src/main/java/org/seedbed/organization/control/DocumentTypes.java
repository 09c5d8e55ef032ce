package org.seedbed.organization.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * Decides what an uploaded file really is from its first bytes (Apache Tika's magic numbers), not
 * from the name or the browser's claim, and accepts only PDF and common images.
 */
public final class DocumentTypes {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    private DocumentTypes() {}

    /** The sniffed media type if it is one we accept. */
    public static Optional<String> acceptedType(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String type = TIKA.detect(in);
            return ACCEPTED.containsKey(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A safe download name: the uploader's name without paths, with the extension of the real type. */
    public static String safeName(String uploadedName, String type) {
        String base = uploadedName == null ? "document" : uploadedName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .trim();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + ACCEPTED.get(type);
    }
}

package org.seedbed.organization.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.seedbed.faces.Texts;

/** Small formatting helpers for the organization pages: file sizes and waiting times. */
@Named
@RequestScoped
public class OrgFormat {

    /** A size as people read it: "820 KB", "3.4 MB". */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return Texts.text("org.size.bytes", bytes);
        }
        if (bytes < 1024L * 1024) {
            return Texts.text("org.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Texts.text("org.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    /** How long something has waited since {@code since}: minutes, hours or days. */
    public String waitingSince(Instant since) {
        if (since == null) {
            return Texts.text("common.none");
        }
        Duration waited = Duration.between(since, Instant.now());
        if (waited.isNegative() || waited.toMinutes() < 60) {
            return Texts.text("org.waiting.minutes", Math.max(0, waited.toMinutes()));
        }
        if (waited.toHours() < 48) {
            return Texts.text("org.waiting.hours", waited.toHours());
        }
        return Texts.text("org.waiting.days", waited.toDays());
    }

    /** Whether a submission has waited longer than a week, which the queue highlights. */
    public boolean overdue(Instant since) {
        return since != null && Duration.between(since, Instant.now()).toDays() >= 7;
    }
}

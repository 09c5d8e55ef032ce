package org.seedbed.launcher;

import java.util.Locale;

/**
 * The lines {@link ReindexCommand} prints: a job's progress with a text bar, and each city's result.
 * Numbers are grouped the same way whatever the machine's language.
 */
final class ReindexLines {

    static final int BAR_WIDTH = 30;
    private static final int ID_LENGTH = 8;

    private ReindexLines() {}

    /**
     * {@code reindex 3f2a1b4c…  [==============>               ]  54%  1,234,567/2,280,000 documents
     * 18,450 docs/s  city: baohe}; the phase is added when it is not {@code INDEXING}.
     */
    static String progress(
            String jobId, String phase, int percent, long indexed, long total, long perSecond, String city) {
        StringBuilder line = new StringBuilder()
                .append("reindex ")
                .append(shortId(jobId))
                .append("  ")
                .append(bar(percent, BAR_WIDTH))
                .append(String.format(Locale.ROOT, " %3d%%", clamp(percent)))
                .append("  ")
                .append(number(indexed))
                .append('/')
                .append(number(total))
                .append(" documents  ")
                .append(number(perSecond))
                .append(" docs/s");
        if (city != null && !city.isBlank()) {
            line.append("  city: ").append(city);
        }
        if (phase != null && !phase.equals("INDEXING")) {
            line.append("  ").append(phase.toLowerCase(Locale.ROOT));
        }
        return line.toString();
    }

    /** {@code   baohe  1,234,567 documents  12 leftovers removed  63.2 s} */
    static String cityResult(String city, long documents, long removed, long millis) {
        return String.format(
                Locale.ROOT,
                "  %-16s %13s documents  %9s leftovers removed  %8s",
                city,
                number(documents),
                number(removed),
                seconds(millis));
    }

    /** {@code reindex 3f2a1b4c… done: 5 cities, 2,280,000 documents, 12 leftovers removed} */
    static String summary(String jobId, int cities, long documents, long removed) {
        return "reindex " + shortId(jobId) + " done: " + cities + (cities == 1 ? " city, " : " cities, ")
                + number(documents) + " documents, " + number(removed) + " leftovers removed";
    }

    /** {@code [=====>    ]}: {@code width} characters between the brackets, all {@code =} when done. */
    static String bar(int percent, int width) {
        int filled = clamp(percent) * width / 100;
        StringBuilder bar = new StringBuilder(width + 2).append('[');
        bar.append("=".repeat(filled));
        if (filled < width) {
            bar.append('>').append(" ".repeat(width - filled - 1));
        }
        return bar.append(']').toString();
    }

    static String shortId(String id) {
        return id == null || id.length() <= ID_LENGTH ? String.valueOf(id) : id.substring(0, ID_LENGTH) + "…";
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }
}

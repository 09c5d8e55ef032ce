package org.seedbed.submission.faces;

/** Ids from page addresses, where anything may be typed. */
final class Ids {

    private Ids() {}

    /** The id, or null when the text is no positive number. */
    static Long parse(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            long value = Long.parseLong(text.trim());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

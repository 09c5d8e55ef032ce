package org.seedbed.call.faces;

/**
 * Call ids from the addresses of call.xhtml, staff/call.xhtml and staff/call-form.xhtml, where
 * anything may be typed.
 */
final class CallIds {

    private CallIds() {}

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

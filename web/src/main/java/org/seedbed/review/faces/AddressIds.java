package org.seedbed.review.faces;

/**
 * Ids from the addresses of the experts' pages (sheet.xhtml?assignment=, declarations.xhtml?call=),
 * where anything may be typed.
 */
final class AddressIds {

    private AddressIds() {}

    /** The id, or null when the text is no positive number. */
    static Long parse(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

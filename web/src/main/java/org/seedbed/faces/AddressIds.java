package org.seedbed.faces;

/** Record ids from page addresses (?id=, ?call=, ?assignment=…), where anyone may type anything. */
public final class AddressIds {

    private AddressIds() {}

    /** The id, or null when the text is no positive number. */
    public static Long parse(String text) {
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

package org.seedbed.grant.faces;

/**
 * Ids from the addresses of the officers' grant pages (staff/grant.xhtml?id=,
 * staff/credit-record.xhtml?organization=), where anything may be typed.
 */
final class StaffIds {

    private StaffIds() {}

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

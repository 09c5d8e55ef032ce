package org.seedbed.grant.faces;

/**
 * Ids from the addresses of the grantee's and the evaluators' pages (ngo/grant.xhtml?id=,
 * evaluator/evaluation.xhtml?id=), where anything may be typed.
 */
final class GrantPageIds {

    private GrantPageIds() {}

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

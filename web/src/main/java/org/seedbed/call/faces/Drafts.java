package org.seedbed.call.faces;

/** Text clean-up shared by the editing classes of the form builder (staff/call-form.xhtml). */
final class Drafts {

    private Drafts() {}

    /** Null for a blank text, else the text without surrounding spaces. */
    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package org.seedbed.print.control;

/** Text made safe to place inside XHTML elements and attributes. */
public final class Xhtml {

    private Xhtml() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in XML.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Escaped, with line breaks kept as {@code <br/>}. */
    public static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>");
    }
}

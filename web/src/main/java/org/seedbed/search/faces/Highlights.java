package org.seedbed.search.faces;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlights as pages show them. The index returns them as HTML with the matched words in
 * {@code <mark>} and everything else escaped; {@link #safe} keeps that promise even if a backend
 * broke it, since pages write highlights unescaped. A hit's title is its highlighted title in the
 * page's language when there is one, else its plain title in that language, else the other
 * language's (highlighted or plain).
 */
final class Highlights {

    /** A title to show; HTML (a highlight) or plain text (to be escaped). */
    record Title(String text, boolean html) {}

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");

    private Highlights() {}

    static Title title(String titleZh, String titleEn, List<String> highlights, boolean chinese) {
        String own = chinese ? titleZh : titleEn;
        String other = chinese ? titleEn : titleZh;
        String ownHighlight = highlightOf(own, highlights);
        if (ownHighlight != null) {
            return new Title(safe(ownHighlight), true);
        }
        if (!isBlank(own)) {
            return new Title(own, false);
        }
        String otherHighlight = highlightOf(other, highlights);
        if (otherHighlight != null) {
            return new Title(safe(otherHighlight), true);
        }
        return new Title(isBlank(other) ? "" : other, false);
    }

    /**
     * The highlight as safe HTML: {@code <mark>} and {@code </mark>} stay, any other angle bracket
     * is escaped. Entities the index wrote stay as they are.
     */
    static String safe(String highlight) {
        if (highlight == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(highlight.length() + 16);
        int i = 0;
        while (i < highlight.length()) {
            if (highlight.startsWith(OPEN, i)) {
                html.append(OPEN);
                i += OPEN.length();
            } else if (highlight.startsWith(CLOSE, i)) {
                html.append(CLOSE);
                i += CLOSE.length();
            } else {
                char c = highlight.charAt(i);
                switch (c) {
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    default -> html.append(c);
                }
                i++;
            }
        }
        return html.toString();
    }

    /** The text a highlight shows, without marks and with entities decoded. */
    static String plain(String highlight) {
        String text = highlight.replace(OPEN, "").replace(CLOSE, "");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(plain, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(plain);
        return plain.toString();
    }

    /** The first highlight that is part of the given title. */
    private static String highlightOf(String title, List<String> highlights) {
        if (isBlank(title) || highlights == null) {
            return null;
        }
        for (String highlight : highlights) {
            String plain = plain(highlight).strip();
            if (!plain.isEmpty() && title.contains(plain)) {
                return highlight;
            }
        }
        return null;
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                int codePoint = entity.startsWith("#x")
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
            }
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

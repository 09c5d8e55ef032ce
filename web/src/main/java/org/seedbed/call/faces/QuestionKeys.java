package org.seedbed.call.faces;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.seedbed.call.form.QuestionType;

/**
 * Keys for new questions of the form builder (staff/call-form.xhtml). Keys name answers in stored
 * JSON and exports, so they follow {@code [a-z][a-z0-9_]*} (at most 40 characters): made from the
 * English label when there is one, from the kind of question otherwise (Chinese labels give no
 * readable key), and numbered when taken.
 */
final class QuestionKeys {

    private static final int MAX = 40;

    private QuestionKeys() {}

    static String suggest(String labelEn, QuestionType type, Set<String> taken) {
        String base = fromLabel(labelEn);
        if (base.isEmpty()) {
            base = type == null ? "question" : type.name().toLowerCase(Locale.ROOT);
        }
        return unique(base, taken);
    }

    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "_" + n;
            String candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return "";
        }
        // "Needs (in brief)" becomes "needs_in_brief": accents dropped, anything else joined by _.
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (plain.isEmpty()) {
            return "";
        }
        if (!Character.isLetter(plain.charAt(0))) {
            plain = "q_" + plain;
        }
        if (plain.length() > MAX) {
            plain = plain.substring(0, MAX).replaceAll("_+$", "");
        }
        return plain;
    }
}

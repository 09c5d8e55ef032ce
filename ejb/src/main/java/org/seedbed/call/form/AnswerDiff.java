package org.seedbed.call.form;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What changed between two versions of the answers to a form, question by question in the form's order. */
public final class AnswerDiff {

    /** One question whose answer changed, with both answers as readable text ("" for no answer). */
    public record Change(String questionKey, String labelZh, String labelEn, String before, String after) {}

    private AnswerDiff() {}

    /** The changes with choices as their stored values; see {@link AnswerText#raw}. */
    public static List<Change> between(FormDefinition form, JsonObject before, JsonObject after) {
        return between(form, before, after, null);
    }

    /**
     * The changes with choice labels in the locale's language; a null locale gives the stored values. Answers
     * to keys the form does not have are left out.
     */
    public static List<Change> between(FormDefinition form, JsonObject before, JsonObject after, Locale locale) {
        JsonObject old = before == null ? JsonValue.EMPTY_JSON_OBJECT : before;
        JsonObject now = after == null ? JsonValue.EMPTY_JSON_OBJECT : after;
        List<Change> changes = new ArrayList<>();
        for (Question question : form.questions()) {
            JsonValue was = old.get(question.key());
            JsonValue is = now.get(question.key());
            // Compared as text: 100 and 100.00 yuan, or the same boxes ticked in another order, are no change.
            if (!AnswerText.raw(question, was).equals(AnswerText.raw(question, is))) {
                changes.add(new Change(
                        question.key(),
                        question.labelZh(),
                        question.labelEn(),
                        text(question, was, locale),
                        text(question, is, locale)));
            }
        }
        return changes;
    }

    private static String text(Question question, JsonValue value, Locale locale) {
        return locale == null ? AnswerText.raw(question, value) : AnswerText.of(question, value, locale);
    }
}

package org.seedbed.grant.faces;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.form.AnswerText;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.Question;

/**
 * A report's answers to the call's report questions as readable text, page by page, for the read
 * only views of a sent report (WEB-INF/includes/grant-report.xhtml, the officers' review dialog):
 * question labels in the page's language, choices by their labels, amounts with two decimals.
 */
public final class ReportAnswers {

    /** One question and its answer, the empty text when it was left unanswered. */
    public record Answer(String label, String text) implements Serializable {

        /** No answer; named so because "empty" is a word of the expression language. */
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** A page of the report form; its title may be empty. */
    public record Page(String title, List<Answer> answers) implements Serializable {

        public Page {
            answers = List.copyOf(answers);
        }
    }

    private ReportAnswers() {}

    /** Every page with at least one question, in the form's order; none when the report asks no questions. */
    static List<Page> of(FormDefinition form, JsonObject answers, Locale locale) {
        if (form == null) {
            return List.of();
        }
        JsonObject given = answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers;
        List<Page> pages = new ArrayList<>();
        for (FormPage page : form.pages()) {
            List<Answer> answered = new ArrayList<>();
            for (Question question : page.questions()) {
                if (question.key() != null) {
                    answered.add(new Answer(
                            question.label(locale), AnswerText.of(question, given.get(question.key()), locale)));
                }
            }
            if (!answered.isEmpty()) {
                pages.add(new Page(page.title(locale), answered));
            }
        }
        return List.copyOf(pages);
    }
}

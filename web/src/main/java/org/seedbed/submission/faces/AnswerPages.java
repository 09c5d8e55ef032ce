package org.seedbed.submission.faces;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.seedbed.call.form.AnswerText;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;
import org.seedbed.faces.Texts;
import org.seedbed.submission.boundary.AttachmentView;
import org.seedbed.submission.boundary.SubmissionView;

/**
 * A submission's answers page by page as readable text, for the read-only views of
 * ngo/submission.xhtml and staff/submission.xhtml; file questions list their attachments. An
 * invited proposal's letter of intent is shown the same way, from the answers it was invited with.
 */
public final class AnswerPages {

    /** One question and its answer; {@code files} is set for file questions only. */
    public record Answer(String label, String text, List<AttachmentView> files) {

        public boolean isFile() {
            return files != null;
        }

        /** No answer; named so because "empty" is a word of the expression language. */
        public boolean isBlank() {
            return isFile() ? files.isEmpty() : text.isBlank();
        }
    }

    public record Page(String title, List<Answer> answers) {}

    private AnswerPages() {}

    static List<Page> of(FormDefinition form, SubmissionView view, Locale locale) {
        return of(
                form,
                view.answers(),
                question -> view.attachments().stream()
                        .filter(a -> question.key().equals(a.questionKey()))
                        .toList(),
                locale);
    }

    /**
     * The letter of intent of a submission invited to a full proposal, as it was when invited; its
     * file answers name their attachments by id, since the proposal may ask under the same keys.
     */
    static List<Page> ofLetter(FormDefinition letter, SubmissionView view, Locale locale) {
        JsonObject answers = view.intentAnswers() == null ? JsonValue.EMPTY_JSON_OBJECT : view.intentAnswers();
        return of(
                letter,
                answers,
                question -> {
                    Set<Long> ids = ids(answers.get(question.key()));
                    return view.attachments().stream()
                            .filter(a -> ids.contains(a.id()))
                            .toList();
                },
                locale);
    }

    private static List<Page> of(
            FormDefinition form, JsonObject answered, Function<Question, List<AttachmentView>> files, Locale locale) {
        JsonObject values = answered == null ? JsonValue.EMPTY_JSON_OBJECT : answered;
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < form.pages().size(); i++) {
            FormPage page = form.pages().get(i);
            String title = page.title(locale);
            List<Answer> answers = page.questions().stream()
                    .filter(q -> q.key() != null)
                    .map(q -> q.type() == QuestionType.FILE
                            ? new Answer(q.label(locale), "", files.apply(q))
                            : new Answer(q.label(locale), AnswerText.of(q, values.get(q.key()), locale), null))
                    .toList();
            pages.add(new Page(title.isBlank() ? Texts.text("wizard.step.page", i + 1) : title, answers));
        }
        return pages;
    }

    /** The attachment ids a file answer names: numbers, or numbers written as text. */
    private static Set<Long> ids(JsonValue answer) {
        Set<Long> ids = new HashSet<>();
        if (answer instanceof JsonArray array) {
            for (JsonValue element : array) {
                if (element instanceof JsonNumber number) {
                    ids.add(number.longValue());
                } else if (element instanceof JsonString text
                        && text.getString().matches("\\d{1,18}")) {
                    ids.add(Long.parseLong(text.getString()));
                }
            }
        }
        return ids;
    }
}

package org.seedbed.submission.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * ngo/submission.xhtml and staff/submission.xhtml; file questions list their attachments.
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
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < form.pages().size(); i++) {
            FormPage page = form.pages().get(i);
            String title = page.title(locale);
            List<Answer> answers = page.questions().stream()
                    .filter(q -> q.key() != null)
                    .map(q -> answer(q, view, locale))
                    .toList();
            pages.add(new Page(title.isBlank() ? Texts.text("wizard.step.page", i + 1) : title, answers));
        }
        return pages;
    }

    private static Answer answer(Question question, SubmissionView view, Locale locale) {
        if (question.type() == QuestionType.FILE) {
            List<AttachmentView> files = view.attachments().stream()
                    .filter(a -> question.key().equals(a.questionKey()))
                    .toList();
            return new Answer(question.label(locale), "", files);
        }
        String text = AnswerText.of(question, view.answers().get(question.key()), locale);
        return new Answer(question.label(locale), text, null);
    }
}

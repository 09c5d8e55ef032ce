package org.seedbed.call.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.seedbed.call.form.QuestionType;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;

/**
 * Texts of the live preview of staff/call-form.xhtml, which shows a page as applicants will see it:
 * the question's label and help in the page's language, and the limits written under it.
 */
@Named
@RequestScoped
public class FormPreview {

    @Inject
    Language language;

    @Inject
    CallFormat format;

    public String label(QuestionDraft question) {
        String label = question.label(language.getLocale());
        return label.isEmpty() ? Texts.text("callForm.preview.noLabel") : label;
    }

    public String help(QuestionDraft question) {
        return question.help(language.getLocale());
    }

    public String title(PageDraft page) {
        String title = page.title(language.getLocale());
        return title.isEmpty() ? Texts.text("callForm.preview.noTitle") : title;
    }

    public String choice(ChoiceDraft choice) {
        return choice.label(language.getLocale());
    }

    /** Limits an applicant reads under a question: "50 to 2000 characters", "at most ¥200,000". */
    public String limits(QuestionDraft question, String currency) {
        if (question.isTextual()) {
            return range("callForm.limit.length", question.getMinLength(), question.getMaxLength());
        }
        if (question.isNumeric()) {
            boolean money = question.getType() == QuestionType.MONEY;
            return range(
                    "callForm.limit.value",
                    shown(question.getMin(), money, currency),
                    shown(question.getMax(), money, currency));
        }
        return "";
    }

    private Object shown(BigDecimal value, boolean money, String currency) {
        if (value == null) {
            return null;
        }
        return money ? format.money(value, currency) : value.toPlainString();
    }

    private static String range(String key, Object min, Object max) {
        if (min != null && max != null) {
            return Texts.text(key + ".between", min, max);
        }
        if (min != null) {
            return Texts.text(key + ".min", min);
        }
        return max == null ? "" : Texts.text(key + ".max", max);
    }
}

package org.seedbed.submission.faces;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;
import org.seedbed.faces.Texts;

/**
 * What the fields of answer problems name, for the wizard (ngo/submission.xhtml): {@code title},
 * {@code categoryCode}, a question key, or {@code key[i]} and {@code key[i].column} for a table's
 * line and cell, lines counted from 0. Gives their readable label and the wizard page they are on.
 */
final class ProblemFields {

    static final String TITLE = "title";
    static final String CATEGORY = "categoryCode";

    private static final Pattern CELL = Pattern.compile("([^\\[]+)\\[(\\d+)\\](?:\\.(\\w+))?");

    private ProblemFields() {}

    /** The question key a field belongs to: the field itself, or the part before a table index. */
    static String questionKey(String field) {
        if (field == null) {
            return "";
        }
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }

    /** The wizard page (from 0) where the field is answered, or -1 when the form has no such field. */
    static int page(FormDefinition form, String field) {
        if (TITLE.equals(field) || CATEGORY.equals(field)) {
            return 0;
        }
        String key = questionKey(field);
        List<FormPage> pages = form.pages();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).questions().stream().anyMatch(q -> key.equals(q.key()))) {
                return i;
            }
        }
        return -1;
    }

    /** E.g. "项目预算，第 2 行，单价" for {@code budget[1].unitCost}; "" for a field of no question. */
    static String label(FormDefinition form, String field, Locale locale) {
        if (TITLE.equals(field)) {
            return Texts.text("submission.field.title");
        }
        if (CATEGORY.equals(field)) {
            return Texts.text("submission.field.category");
        }
        Optional<Question> question = form.question(questionKey(field));
        if (question.isEmpty()) {
            // Not about an answer (e.g. the whole request): the message speaks for itself.
            return "";
        }
        String label = question.get().label(locale);
        Matcher cell = CELL.matcher(field);
        if (!cell.matches()) {
            return label;
        }
        int line = Integer.parseInt(cell.group(2)) + 1;
        if (cell.group(3) == null) {
            return Texts.text("wizard.problem.line", label, line);
        }
        String prefix = question.get().type() == QuestionType.INDICATOR_TABLE ? "indicator.column." : "budget.column.";
        return Texts.text("wizard.problem.cell", label, line, Texts.text(prefix + cell.group(3)));
    }
}

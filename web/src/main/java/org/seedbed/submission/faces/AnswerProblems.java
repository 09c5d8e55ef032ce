package org.seedbed.submission.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.faces.Texts;
import org.seedbed.problem.FieldProblem;

/**
 * The problems of the last save of the wizard (ngo/submission.xhtml), by field. The inputs of a
 * page are repeated per question, so their messages are looked up here by field name rather than
 * attached to components; {@link #announce} also lists them at the top of the page.
 */
final class AnswerProblems implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    void clear() {
        byField.clear();
    }

    void set(List<FieldProblem> problems, Locale locale) {
        byField.clear();
        for (FieldProblem problem : problems) {
            String field = problem.field() == null ? "" : problem.field();
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(problem.message(locale));
        }
    }

    /** Drops the problems of a table's lines, whose numbers no longer fit once a line is removed. */
    void forgetLines(String questionKey) {
        byField.keySet().removeIf(field -> field.startsWith(questionKey + "["));
    }

    /** The messages of one field as one text, or null when it has none. */
    String at(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : String.join(" ", messages);
    }

    /** Adds one page message per problem, naming the question (and line and column) it is about. */
    void announce(FormDefinition form, Locale locale) {
        FacesContext context = FacesContext.getCurrentInstance();
        byField.forEach((field, messages) -> {
            String label = ProblemFields.label(form, field, locale);
            for (String message : messages) {
                String text = label.isEmpty() ? message : Texts.text("wizard.problem.at", label, message);
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        });
    }
}

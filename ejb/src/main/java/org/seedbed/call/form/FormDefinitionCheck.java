package org.seedbed.call.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.seedbed.problem.FieldProblem;

/**
 * Checks a form as the officer builds it, before the call opens. Problems name the field as {@code
 * pages[i].title} or {@code pages[i].questions[j].<property>}, with indexes counted from 0.
 */
public final class FormDefinitionCheck {

    /** Keys name answers in stored JSON and in exports, so they stay short, lower-case and stable. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private FormDefinitionCheck() {}

    public static List<FieldProblem> problems(FormDefinition form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form == null || form.pages().isEmpty()) {
            problems.add(FieldProblem.of("pages", "form.noPages"));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        boolean budgetSeen = false;
        for (int i = 0; i < form.pages().size(); i++) {
            FormPage page = form.pages().get(i);
            String pageField = "pages[" + i + "]";
            if (Texts.blank(page.titleZh())) {
                problems.add(FieldProblem.of(pageField + ".title", "form.page.title"));
            }
            if (page.questions().isEmpty()) {
                problems.add(FieldProblem.of(pageField + ".questions", "form.page.empty"));
            }
            for (int j = 0; j < page.questions().size(); j++) {
                Question question = page.questions().get(j);
                String field = pageField + ".questions[" + j + "].";
                question(problems, field, question, keys);
                if (question.type() == QuestionType.BUDGET_TABLE) {
                    // Budget rules of the call apply to one table; a second one would escape them.
                    if (budgetSeen) {
                        problems.add(FieldProblem.of(field + "type", "form.budget.twice"));
                    }
                    budgetSeen = true;
                }
            }
        }
        return problems;
    }

    private static void question(List<FieldProblem> problems, String field, Question question, Set<String> keys) {
        if (question.key() == null || !KEY.matcher(question.key()).matches()) {
            problems.add(FieldProblem.of(field + "key", "form.question.key"));
        } else if (!keys.add(question.key())) {
            problems.add(FieldProblem.of(field + "key", "form.question.keyTaken", question.key()));
        }
        if (question.type() == null) {
            problems.add(FieldProblem.of(field + "type", "form.question.type"));
        }
        if (Texts.blank(question.labelZh())) {
            problems.add(FieldProblem.of(field + "labelZh", "form.question.label"));
        }
        if (question.type() != null && question.type().hasChoices() && !choicesUsable(question.choices())) {
            problems.add(FieldProblem.of(field + "choices", "form.question.choices"));
        }
        if (notPositive(question.minLength())) {
            problems.add(FieldProblem.of(field + "minLength", "form.question.range"));
        }
        if (notPositive(question.maxLength())) {
            problems.add(FieldProblem.of(field + "maxLength", "form.question.range"));
        } else if (question.minLength() != null
                && question.maxLength() != null
                && question.minLength() > question.maxLength()) {
            problems.add(FieldProblem.of(field + "maxLength", "form.question.range"));
        }
        BigDecimal min = question.min();
        BigDecimal max = question.max();
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(FieldProblem.of(field + "max", "form.question.range"));
        }
    }

    /** At least two choices, each with its own non-blank value. */
    private static boolean choicesUsable(List<Choice> choices) {
        if (choices.size() < 2) {
            return false;
        }
        Set<String> values = new HashSet<>();
        for (Choice choice : choices) {
            if (Texts.blank(choice.value()) || !values.add(choice.value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean notPositive(Integer length) {
        return length != null && length <= 0;
    }
}

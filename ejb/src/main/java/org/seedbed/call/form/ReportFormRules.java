package org.seedbed.call.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.seedbed.problem.FieldProblem;

/**
 * What a call's report questions may ask. Reports have their own indicator actuals and expense
 * lines, and no attachments, so the table and file questions of application forms are refused.
 */
public final class ReportFormRules {

    /** The question types a report form may use. */
    public static final Set<QuestionType> ALLOWED = Set.of(
            QuestionType.SHORT_TEXT,
            QuestionType.LONG_TEXT,
            QuestionType.NUMBER,
            QuestionType.MONEY,
            QuestionType.DATE,
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE);

    private ReportFormRules() {}

    public static List<FieldProblem> problems(FormDefinition form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < form.pages().size(); i++) {
            List<Question> questions = form.pages().get(i).questions();
            for (int j = 0; j < questions.size(); j++) {
                QuestionType type = questions.get(j).type();
                if (type != null && !ALLOWED.contains(type)) {
                    problems.add(FieldProblem.of(
                            "pages[" + i + "].questions[" + j + "].type", "form.report.type", type.name()));
                }
            }
        }
        return problems;
    }
}

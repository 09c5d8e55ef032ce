package org.seedbed.incubation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.incubation.boundary.AssessmentForm;
import org.seedbed.problem.FieldProblem;

/** An assessment scores every active dimension from 0 to 100, on a date that has come. */
public final class AssessmentCheck {

    private AssessmentCheck() {}

    public static List<FieldProblem> problems(AssessmentForm form, List<String> activeDimensions, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form == null) {
            problems.add(FieldProblem.of("body", "problem.body.required"));
            return problems;
        }
        if (form.assessedOn() == null) {
            problems.add(FieldProblem.of("assessedOn", "incubation.date.required"));
        } else if (form.assessedOn().isAfter(today)) {
            problems.add(FieldProblem.of("assessedOn", "incubation.date.future"));
        }
        var scores = form.scores() == null ? java.util.Map.<String, Integer>of() : form.scores();
        for (String dimension : activeDimensions) {
            Integer score = scores.get(dimension);
            if (score == null) {
                problems.add(FieldProblem.of("scores." + dimension, "assessment.score.missing", dimension));
            } else if (score < 0 || score > 100) {
                problems.add(FieldProblem.of("scores." + dimension, "assessment.score.range", dimension));
            }
        }
        for (String dimension : scores.keySet()) {
            if (!activeDimensions.contains(dimension)) {
                problems.add(FieldProblem.of("scores." + dimension, "assessment.score.unknownDimension", dimension));
            }
        }
        if (form.comment() != null && form.comment().length() > 2000) {
            problems.add(FieldProblem.of("comment", "field.tooLong", 2000));
        }
        return problems;
    }
}

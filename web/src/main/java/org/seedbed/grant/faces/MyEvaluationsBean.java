package org.seedbed.grant.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.Evaluations;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.problem.SeedbedProblem;

/** The evaluations assigned to the signed-in evaluator, to do first and done after: evaluator/evaluations.xhtml. */
@Named
@RequestScoped
public class MyEvaluationsBean {

    @Inject
    Evaluations evaluations;

    private List<EvaluationView> all;

    private List<EvaluationView> all() {
        if (all == null) {
            try {
                all = evaluations.mine();
            } catch (SeedbedProblem problem) {
                all = List.of();
                Texts.problem(problem);
            }
        }
        return all;
    }

    /** Still to be scored, in the order the use case gives: soonest due first. */
    public List<EvaluationView> getOpen() {
        return all().stream()
                .filter(e -> e.status() == Evaluation.Status.ASSIGNED)
                .toList();
    }

    public List<EvaluationView> getDone() {
        return all().stream()
                .filter(e -> e.status() == Evaluation.Status.SUBMITTED)
                .toList();
    }

    public boolean isNone() {
        return all().isEmpty();
    }
}

package org.seedbed.grant.faces;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;

/**
 * The failed evaluations of a held grant that wait for a re-evaluation after rectification
 * (整改后复评). Only the latest attempt of a stage counts: a failed one waits for the officer to
 * order the next attempt, and an attempt still open means the re-evaluation is under way.
 */
final class FailedEvaluations {

    private FailedEvaluations() {}

    /** The latest attempt of each failed stage, in stage order; none unless the grant is held. */
    static List<EvaluationView> awaitingReevaluation(GrantView grant) {
        if (grant.status() != Grant.Status.HELD) {
            return List.of();
        }
        return latestByStage(grant.evaluations()).values().stream()
                .filter(FailedEvaluations::failed)
                .toList();
    }

    /** Whether the grant is held while a re-evaluation of a failed stage is still to be done. */
    static boolean reevaluationUnderWay(GrantView grant) {
        return grant.status() == Grant.Status.HELD
                && latestByStage(grant.evaluations()).values().stream()
                        .anyMatch(e -> e.attempt() > 1 && e.status() == Evaluation.Status.ASSIGNED);
    }

    static boolean failed(EvaluationView evaluation) {
        return evaluation.status() == Evaluation.Status.SUBMITTED && Boolean.FALSE.equals(evaluation.passed());
    }

    private static Map<EvaluationStage, EvaluationView> latestByStage(List<EvaluationView> evaluations) {
        BinaryOperator<EvaluationView> later = BinaryOperator.maxBy(Comparator.comparingInt(EvaluationView::attempt));
        return evaluations.stream().collect(Collectors.toMap(EvaluationView::stage, e -> e, later, TreeMap::new));
    }
}

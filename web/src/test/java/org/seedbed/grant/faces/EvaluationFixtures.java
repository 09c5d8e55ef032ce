package org.seedbed.grant.faces;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;

/** Evaluations at each point of their life, and a grant holding them, for the officers' page tests. */
final class EvaluationFixtures {

    static final BigDecimal PASS_MARK = new BigDecimal("60");
    private static final Instant AT = Instant.parse("2026-09-10T02:00:00Z");

    private EvaluationFixtures() {}

    /** Assigned and not yet scored. */
    static EvaluationView open(EvaluationStage stage, int attempt) {
        return evaluation(stage, attempt, Evaluation.Status.ASSIGNED, null, null);
    }

    static EvaluationView failed(EvaluationStage stage, int attempt) {
        return evaluation(stage, attempt, Evaluation.Status.SUBMITTED, new BigDecimal("52.5"), false);
    }

    static EvaluationView passed(EvaluationStage stage, int attempt) {
        return evaluation(stage, attempt, Evaluation.Status.SUBMITTED, new BigDecimal("78.0"), true);
    }

    static EvaluationView evaluation(
            EvaluationStage stage, int attempt, Evaluation.Status status, BigDecimal total, Boolean passed) {
        boolean submitted = status == Evaluation.Status.SUBMITTED;
        return new EvaluationView(
                10L * stage.ordinal() + attempt,
                1,
                "项目",
                "机构",
                stage,
                attempt,
                attempt > 1 ? "补齐了财务凭证" : null,
                "evaluator",
                "第三方评估所",
                LocalDate.of(2026, 9, 1),
                status,
                null,
                null,
                total,
                PASS_MARK,
                passed,
                passed == null ? null : passed ? "GOOD" : "FAIL",
                null,
                null,
                submitted ? AT : null,
                submitted ? "evaluator" : null,
                1);
    }

    static GrantView grant(Grant.Status status, EvaluationView... evaluations) {
        return new GrantView(
                1,
                2,
                "SB-1",
                3,
                "创投",
                "Call",
                4,
                "机构",
                "项目",
                null,
                new BigDecimal("100000.00"),
                new BigDecimal("50000.00"),
                "CNY",
                status,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 3, 1),
                null,
                null,
                BigDecimal.ZERO,
                AT,
                null,
                List.of(),
                List.of(),
                List.of(evaluations),
                List.of(),
                1);
    }
}

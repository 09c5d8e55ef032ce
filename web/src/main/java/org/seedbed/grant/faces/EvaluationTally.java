package org.seedbed.grant.faces;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.seedbed.grant.boundary.EvaluationForm;
import org.seedbed.grant.control.EvaluationRubric;

/**
 * The running result of an evaluation while the evaluator fills it in on
 * evaluator/evaluation.xhtml. It scores with the rubric itself, so a complete evaluation shows
 * exactly the total the server will record; dimensions not scored yet count as zero, and bonus
 * and penalty items without points are left out until they have some.
 */
public final class EvaluationTally {

    /**
     * The figures of the tally: the dimensions' sum, the capped bonus and penalty, the total, whether
     * it reaches the pass mark, its grade, and how many dimensions are scored.
     */
    public record Result(
            BigDecimal base,
            BigDecimal bonus,
            BigDecimal penalty,
            BigDecimal total,
            BigDecimal passMark,
            boolean passed,
            String grade,
            int scored,
            int dimensions) {

        public boolean complete() {
            return scored == dimensions;
        }
    }

    private EvaluationTally() {}

    /**
     * @param passMark the evaluation's own pass mark (fixed when it was assigned); the rubric's when null
     */
    static Result of(
            EvaluationRubric rubric,
            Map<String, BigDecimal> scores,
            List<EvaluationForm.AdjustmentLine> adjustments,
            BigDecimal passMark) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        int scored = 0;
        for (EvaluationRubric.Dimension dimension : rubric.dimensions()) {
            BigDecimal given = scores.get(dimension.code());
            if (given != null) {
                scored++;
            }
            // The inputs keep points within range; clamping keeps a stray value from hiding the tally.
            points.put(dimension.code(), clamp(given, dimension.maxPoints()));
        }
        List<EvaluationRubric.Adjustment> items = adjustments.stream()
                .filter(line -> line.points() != null)
                .map(line -> new EvaluationRubric.Adjustment(line.code(), line.points(), line.note()))
                .toList();
        EvaluationRubric.Score score = rubric.score(points, items);
        BigDecimal mark = Objects.requireNonNullElse(passMark, rubric.passMark());
        return new Result(
                score.base(),
                score.bonus(),
                score.penalty(),
                score.total(),
                mark,
                score.total().compareTo(mark) >= 0,
                EvaluationRubric.grade(score.total(), mark),
                scored,
                rubric.dimensions().size());
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal max) {
        if (value == null || value.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return value.min(max);
    }
}

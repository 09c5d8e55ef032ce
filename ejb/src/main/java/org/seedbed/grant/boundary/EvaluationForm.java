package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What an evaluator saves: points by dimension code, bonus and penalty items, comments, the version edited. */
public record EvaluationForm(
        Map<String, BigDecimal> scores, List<AdjustmentLine> adjustments, String comments, Long version) {

    /** A bonus (positive points) or penalty (negative points) item with its reason. */
    public record AdjustmentLine(String code, BigDecimal points, String note) {}
}

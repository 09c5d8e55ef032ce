package org.seedbed.grant.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.EvaluationStage;

/**
 * A mid-term or final evaluation: who evaluates, the points by dimension, adjustments and the result.
 * {@code attempt} is 1, or more for a re-evaluation after rectification (then described).
 */
public record EvaluationView(
        long id,
        long grantId,
        String grantTitle,
        String organizationName,
        EvaluationStage stage,
        int attempt,
        String rectification,
        String evaluatorUsername,
        String evaluatorOrganization,
        LocalDate dueOn,
        Evaluation.Status status,
        JsonObject scores,
        JsonArray adjustments,
        BigDecimal total,
        BigDecimal passMark,
        Boolean passed,
        String grade,
        String comments,
        String evidenceName,
        Instant submittedAt,
        String submittedBy,
        long version) {}

package org.seedbed.grant.boundary;

import java.time.LocalDate;
import org.seedbed.grant.entity.EvaluationStage;

/**
 * An order to evaluate a stage again after a failed evaluation: what the organization put right
 * (整改), and who evaluates by when, as in {@link EvaluationAssignment}.
 */
public record Reevaluation(
        EvaluationStage stage,
        String rectification,
        String evaluatorUsername,
        String evaluatorOrganization,
        LocalDate dueOn) {}

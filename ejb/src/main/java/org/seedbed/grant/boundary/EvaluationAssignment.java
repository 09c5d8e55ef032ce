package org.seedbed.grant.boundary;

import java.time.LocalDate;
import org.seedbed.grant.entity.EvaluationStage;

/**
 * Who evaluates a grant at a stage: an account with the evaluator role (a third-party evaluator
 * organization, named) or, with no username, the city's officers; and by when.
 */
public record EvaluationAssignment(
        EvaluationStage stage, String evaluatorUsername, String evaluatorOrganization, LocalDate dueOn) {}

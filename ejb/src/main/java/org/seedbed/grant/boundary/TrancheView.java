package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.seedbed.grant.control.TrancheGate;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Tranche;

/** A tranche with its conditions and, while it waits, which of them do not hold yet. */
public record TrancheView(
        int position,
        BigDecimal percent,
        BigDecimal amount,
        boolean needsAgreement,
        boolean needsReport,
        EvaluationStage needsEvaluation,
        Tranche.Status status,
        String heldReason,
        Instant releasedAt,
        String releasedBy,
        List<TrancheGate.Unmet> unmet) {}

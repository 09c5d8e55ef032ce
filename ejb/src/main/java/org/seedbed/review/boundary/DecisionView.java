package org.seedbed.review.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.seedbed.review.entity.FundingDecision;

/** A decision on an application, as officers and the public notice list it. */
public record DecisionView(
        long submissionId,
        String receiptNo,
        String title,
        String organizationName,
        String categoryCode,
        FundingDecision.Outcome outcome,
        BigDecimal amount,
        String currency,
        String reason,
        String decidedBy,
        Instant decidedAt,
        boolean isFinal,
        long version) {}

package org.seedbed.review.boundary;

import java.math.BigDecimal;
import org.seedbed.review.entity.FundingDecision;

/** An officer's decision on a reviewed application; the amount (yuan) only when funded, the reason when declined. */
public record DecisionForm(FundingDecision.Outcome outcome, BigDecimal amount, String reason, Long version) {}

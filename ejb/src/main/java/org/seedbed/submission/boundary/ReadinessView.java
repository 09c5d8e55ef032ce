package org.seedbed.submission.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.seedbed.problem.FieldProblem;

/**
 * The review page before submitting: what is still missing or wrong in the answers, how the
 * organization fares against the call's eligibility rules, and the budget's totals.
 */
public record ReadinessView(
        List<FieldProblem> problems,
        List<EligibilityView> eligibility,
        BigDecimal budgetTotal,
        BigDecimal requested,
        BigDecimal cofundingShare,
        boolean deadlinePassed,
        boolean ready) {}

package org.seedbed.review.boundary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a call's panel reviews: experts per application, overridden per category code, blind
 * review, the spread (standard deviation of sheet totals) above which reviewers disagree.
 */
public record PanelForm(
        Integer reviewersNeeded,
        Map<String, Integer> reviewersByCategory,
        Boolean blind,
        BigDecimal disagreementSd,
        Long version) {}

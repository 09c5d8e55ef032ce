package org.seedbed.call.boundary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A call's dashboard: submissions by status, category and district, and money requested against
 * the fund (by category, where categories have budgets).
 */
public record CallStatistics(
        long submissions,
        Map<String, Long> byStatus,
        Map<String, Long> byCategory,
        Map<String, Long> byDistrict,
        BigDecimal requested,
        BigDecimal fundTotal,
        Map<String, BigDecimal> requestedByCategory,
        Map<String, BigDecimal> budgetByCategory) {}

package org.seedbed.organization.boundary;

import java.util.Map;

/**
 * Counts for the city dashboard. Keys are enum names or, for org units, the district's Chinese
 * and English names joined by "|"; maps keep a stable display order.
 */
public record OrganizationStatistics(
        long total,
        Map<String, Long> byStatus,
        Map<String, Long> byKind,
        Map<String, Long> byArea,
        Map<String, Long> byDistrict,
        Map<String, Long> registeredByYear) {}

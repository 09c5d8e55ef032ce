package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * How a final award becomes a grant: the tranche plan ("50/30/20" by default), the project period,
 * and targets for indicators of the city's catalogue by code.
 */
public record AwardForm(String tranchePlan, LocalDate startsOn, LocalDate endsOn, Map<String, BigDecimal> targets) {}

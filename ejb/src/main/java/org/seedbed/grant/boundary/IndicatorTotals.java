package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator summed over grants, grouped one way (by category, org unit or year): per group the
 * targets, the latest approved actuals, and how many grants report it.
 */
public record IndicatorTotals(
        String code, String nameZh, String nameEn, String unitZh, String unitEn, List<Group> groups) {

    public record Group(String key, BigDecimal target, BigDecimal actual, int grants) {}
}

package org.seedbed.grant.boundary;

import java.math.BigDecimal;

/** A grant's target for an indicator of the city's catalogue, with the latest approved actual. */
public record IndicatorTarget(
        String code,
        String nameZh,
        String nameEn,
        String unitZh,
        String unitEn,
        BigDecimal target,
        BigDecimal actual) {}

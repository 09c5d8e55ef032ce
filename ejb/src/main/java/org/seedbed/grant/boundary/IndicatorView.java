package org.seedbed.grant.boundary;

/** An indicator of the city's catalogue (指标库). */
public record IndicatorView(
        long id, String code, String nameZh, String nameEn, String unitZh, String unitEn, boolean active) {}

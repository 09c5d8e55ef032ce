package org.seedbed.tenancy.entity;

import java.util.List;

/**
 * What a platform admin gives to create a city. Defaults (zh-CN, CNY, Asia/Shanghai) are applied
 * by {@link #withDefaults()}; validation happens in {@link org.seedbed.tenancy.control.TenantSpecCheck}.
 */
public record TenantSpec(
        String slug,
        String nameZh,
        String nameEn,
        List<String> hostNames,
        String locale,
        String currency,
        String timeZone,
        String datasource) {

    public TenantSpec {
        hostNames = hostNames == null ? List.of() : List.copyOf(hostNames);
    }

    public String name(java.util.Locale language) {
        return "zh".equals(language.getLanguage()) ? nameZh : nameEn;
    }

    public TenantSpec withDefaults() {
        return new TenantSpec(
                slug == null ? null : slug.trim().toLowerCase(java.util.Locale.ROOT),
                nameZh == null ? null : nameZh.trim(),
                nameEn == null ? null : nameEn.trim(),
                hostNames.stream()
                        .map(h -> h.trim().toLowerCase(java.util.Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .distinct()
                        .toList(),
                blankToDefault(locale, "zh-CN"),
                blankToDefault(currency, "CNY").toUpperCase(java.util.Locale.ROOT),
                blankToDefault(timeZone, "Asia/Shanghai"),
                datasource == null || datasource.isBlank() ? null : datasource.trim());
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}

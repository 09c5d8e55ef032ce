package org.seedbed.tenancy.boundary;

import java.time.Instant;
import java.util.List;
import org.seedbed.tenancy.entity.Tenant;
import org.seedbed.tenancy.entity.TenantStatus;

/** A city as the platform admin sees it. */
public record CityView(
        String slug,
        String nameZh,
        String nameEn,
        List<String> hostNames,
        String locale,
        String currency,
        String timeZone,
        String schema,
        String datasource,
        TenantStatus status,
        Instant createdAt,
        Instant retiredAt,
        String exportFile) {

    public static CityView of(Tenant t) {
        return new CityView(
                t.slug(),
                t.nameZh(),
                t.nameEn(),
                t.hostNames().stream().sorted().toList(),
                t.locale(),
                t.currency(),
                t.timeZone(),
                t.schemaName(),
                t.datasource(),
                t.status(),
                t.createdAt(),
                t.retiredAt(),
                t.exportFile());
    }
}

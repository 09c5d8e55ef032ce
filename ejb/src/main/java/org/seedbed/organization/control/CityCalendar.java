package org.seedbed.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;

/** Today's date where the city is: deadlines, founding dates and agreement ends are the city's dates. */
@ApplicationScoped
public class CityCalendar {

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    public ZoneId zone() {
        return TenantContext.currentCity()
                .flatMap(registry::find)
                .map(t -> ZoneId.of(t.timeZone()))
                .orElse(ZoneId.of("Asia/Shanghai"));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public String currency() {
        return TenantContext.currentCity()
                .flatMap(registry::find)
                .map(t -> t.currency())
                .orElse("CNY");
    }
}

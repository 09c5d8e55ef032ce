package org.seedbed.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Today's date where the city is, the city's currency and name: deadlines, founding dates and
 * agreement ends are the city's dates. A city's zone and currency are read from the registry
 * at most once a minute, since nearly every use case asks for them.
 */
@ApplicationScoped
public class CityCalendar {

    private static final Duration FRESH = Duration.ofMinutes(1);

    /** What is kept of a city's settings, and since when. */
    private record Settings(ZoneId zone, String currency, String nameZh, String nameEn, Instant readAt) {}

    private final Map<String, Settings> cities = new ConcurrentHashMap<>();

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    public ZoneId zone() {
        return settings().zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public String currency() {
        return settings().currency();
    }

    /**
     * The city's name in {@code language}, from the same minute-old read: mail and receipts written
     * inside a city transaction then need no second connection for the platform's registry.
     */
    public String cityName(java.util.Locale language) {
        Settings settings = settings();
        boolean english = language != null && "en".equals(language.getLanguage());
        return english && settings.nameEn() != null ? settings.nameEn() : settings.nameZh();
    }

    private Settings settings() {
        String city = TenantContext.currentCity().orElse(null);
        if (city == null) {
            return new Settings(ZoneId.of("Asia/Shanghai"), "CNY", "Seedbed", "Seedbed", Instant.now(clock));
        }
        Settings known = cities.get(city);
        if (known != null && known.readAt().plus(FRESH).isAfter(Instant.now(clock))) {
            return known;
        }
        Settings read = registry.find(city)
                .map(t ->
                        new Settings(ZoneId.of(t.timeZone()), t.currency(), t.nameZh(), t.nameEn(), Instant.now(clock)))
                .orElse(new Settings(ZoneId.of("Asia/Shanghai"), "CNY", "Seedbed", "Seedbed", Instant.now(clock)));
        cities.put(city, read);
        return read;
    }
}

package org.seedbed.campaign.faces;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.campaign.boundary.PoolView;
import org.seedbed.organization.faces.ChartJson;

/**
 * The Chart.js configuration (JSON for {@code p:chart value}) of staff/pool.xhtml: what the pool
 * matched for good on each day, days without a match shown as zero so that the rhythm of a giving
 * day reads at a glance.
 */
final class StaffPoolCharts {

    /** Longer stretches are shown with their matched days only, not every empty day between. */
    static final int MAX_FILLED_DAYS = 120;

    private StaffPoolCharts() {}

    /** The days from the first match to the last, with what was committed on each. */
    static Map<LocalDate, BigDecimal> days(List<PoolView.DayUsage> usage) {
        Map<LocalDate, BigDecimal> days = new LinkedHashMap<>();
        if (usage == null || usage.isEmpty()) {
            return days;
        }
        List<PoolView.DayUsage> sorted = new ArrayList<>(usage);
        sorted.sort((a, b) -> a.day().compareTo(b.day()));
        LocalDate first = sorted.get(0).day();
        LocalDate last = sorted.get(sorted.size() - 1).day();
        if (!first.plusDays(MAX_FILLED_DAYS).isBefore(last)) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.put(day, BigDecimal.ZERO);
            }
        }
        for (PoolView.DayUsage day : sorted) {
            days.merge(day.day(), day.committed() == null ? BigDecimal.ZERO : day.committed(), BigDecimal::add);
        }
        return days;
    }

    static String committedByDay(List<PoolView.DayUsage> usage, String seriesLabel) {
        Map<LocalDate, BigDecimal> days = days(usage);
        return ChartJson.bar(
                days.keySet().stream().map(LocalDate::toString).toList(),
                seriesLabel,
                new ArrayList<>(days.values()),
                false);
    }
}

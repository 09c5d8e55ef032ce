package org.seedbed.campaign.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.campaign.boundary.PoolView;

/**
 * The Chart.js configuration (JSON for {@code p:chart value}) of staff/pool.xhtml: what the pool
 * matched for good on each day, days without a match shown as zero so that the rhythm of a giving
 * day reads at a glance.
 */
final class StaffPoolCharts {

    private static final String COMMITTED_COLOUR = "#2f6f4e";

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
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        days(usage).forEach((day, committed) -> {
            labels.add(day.toString());
            values.add(committed);
        });
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                // The height comes from the page (style="height:280px"), so the chart fills it.
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", seriesLabel)
                                                        .add("data", values)
                                                        .add("backgroundColor", COMMITTED_COLOUR)
                                                        .add("borderRadius", 4))))
                .add("options", options)
                .build()
                .toString();
        // The configuration is written into a script element: a label must not be able to close it.
        return json.replace("<", "\\u003c");
    }
}

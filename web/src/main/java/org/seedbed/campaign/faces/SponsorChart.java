package org.seedbed.campaign.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.campaign.boundary.PoolView;

/**
 * The Chart.js configuration (JSON for {@code p:chart value}) of the sponsor page: what the pool
 * matched for good on each day of the city's calendar. Days without matches between the first and
 * the last are shown as zero, so that quiet days are seen as such, unless the pool ran over more
 * than a year, when only the days with matches are shown.
 */
final class SponsorChart {

    static final int MOST_DAYS_FILLED = 366;

    private static final String COLOUR = "#e4a853";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ISO_LOCAL_DATE;

    private SponsorChart() {}

    static String committedByDay(List<PoolView.DayUsage> days, String seriesLabel) {
        Map<LocalDate, BigDecimal> amounts = days(days);
        boolean oneYear = amounts.isEmpty()
                || amounts.keySet().stream().map(LocalDate::getYear).distinct().count() == 1;
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        amounts.forEach((day, amount) -> {
            labels.add((oneYear ? DAY : DAY_OF_YEAR).format(day));
            data.add(amount);
        });
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                // The height comes from the page (style="height:260px"), so the chart fills it.
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
                                                        .add("data", data)
                                                        .add("backgroundColor", COLOUR)
                                                        .add("borderRadius", 4))))
                .add("options", options)
                .build()
                .toString();
        // The configuration is written into a script element: the label must not be able to close it.
        return json.replace("<", "\\u003c");
    }

    /** Each day with its amount, in order; the quiet days between as zero when the span allows. */
    static Map<LocalDate, BigDecimal> days(List<PoolView.DayUsage> days) {
        Map<LocalDate, BigDecimal> amounts = new LinkedHashMap<>();
        List<PoolView.DayUsage> sorted = new ArrayList<>(days == null ? List.of() : days);
        sorted.sort((a, b) -> a.day().compareTo(b.day()));
        if (sorted.isEmpty()) {
            return amounts;
        }
        LocalDate first = sorted.get(0).day();
        LocalDate last = sorted.get(sorted.size() - 1).day();
        if (ChronoUnit.DAYS.between(first, last) < MOST_DAYS_FILLED) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                amounts.put(day, BigDecimal.ZERO);
            }
        }
        for (PoolView.DayUsage usage : sorted) {
            amounts.merge(usage.day(), usage.committed() == null ? BigDecimal.ZERO : usage.committed(), BigDecimal::add);
        }
        return amounts;
    }
}

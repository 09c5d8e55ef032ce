package org.seedbed.review.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.seedbed.review.boundary.RankingRow;
import org.seedbed.review.ranking.Method;

/**
 * Chart.js configurations (JSON for {@code p:chart value}) of the ranking on staff/ranking.xhtml: how
 * the selected aggregate is distributed, and how the four methods compare on the leading
 * applications. Colours follow the project's palette.
 */
final class RankingCharts {

    /** One colour per method, in {@link Method} order. */
    private static final List<String> METHOD_COLOURS = List.of("#5b7db1", "#2f6f4e", "#e4a853", "#9b6fb5");

    private static final String PASS_BAR = "#2f6f4e";
    private static final String BELOW_BAR = "#c9d6ce";

    /** The comparison stays legible with this many applications. */
    static final int COMPARED = 20;

    private RankingCharts() {}

    /** An application's aggregate by a method, as shown to people; null while it has no sheet. */
    static BigDecimal aggregate(RankingRow row, Method method) {
        return switch (method) {
            case WEIGHTED_MEAN -> row.weightedMean();
            case TRIMMED_MEAN -> row.trimmedMean();
            case Z_SCORE -> row.zScore();
            case MEDIAN -> row.median();
        };
    }

    /**
     * How many scored applications fall in each 10-point bin (0–10, …, 90–100) of the selected
     * aggregate; 100 counts in the last bin. Bins at or above the pass mark are darker, so that the
     * chart also says how many pass.
     */
    static String histogram(List<RankingRow> rows, Method method, BigDecimal passMark, String seriesLabel) {
        long[] counts = new long[10];
        for (RankingRow row : rows) {
            BigDecimal value = aggregate(row, method);
            if (value != null) {
                int bin = Math.min(9, Math.max(0, value.intValue() / 10));
                counts[bin]++;
            }
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int bin = 0; bin < 10; bin++) {
            labels.add(bin * 10 + "–" + (bin + 1) * 10);
            data.add(counts[bin]);
            boolean passing =
                    passMark == null || BigDecimal.valueOf((bin + 1) * 10L).compareTo(passMark) > 0;
            colours.add(passing ? PASS_BAR : BELOW_BAR);
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", seriesLabel)
                .add("data", data)
                .add("backgroundColor", colours)
                .add("borderRadius", 4);
        JsonObjectBuilder options = options(
                false,
                Json.createObjectBuilder()
                        .add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        return json(Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options));
    }

    /**
     * The four aggregates of the first {@value #COMPARED} scored applications in rank order, one line
     * per method; the selected method's line is drawn thicker.
     *
     * @param methodLabels each method's name in the page's language
     */
    static String comparison(List<RankingRow> rows, Method selected, Map<Method, String> methodLabels) {
        List<RankingRow> leading =
                rows.stream().filter(r -> r.sheets() > 0).limit(COMPARED).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (RankingRow row : leading) {
            labels.add("#" + row.rank() + (row.receiptNo() == null ? "" : " " + row.receiptNo()));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Method method : Method.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (RankingRow row : leading) {
                BigDecimal value = aggregate(row, method);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            String colour = METHOD_COLOURS.get(method.ordinal() % METHOD_COLOURS.size());
            boolean chosen = method == selected;
            datasets.add(Json.createObjectBuilder()
                    .add("label", methodLabels.getOrDefault(method, method.name()))
                    .add("data", data)
                    .add("borderColor", colour)
                    .add("backgroundColor", colour)
                    .add("borderWidth", chosen ? 4 : 2)
                    .add("pointRadius", chosen ? 4 : 2)
                    .add("tension", 0));
        }
        JsonObjectBuilder options =
                options(true, Json.createObjectBuilder().add("suggestedMin", 0).add("suggestedMax", 100));
        return json(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options));
    }

    private static JsonObjectBuilder options(boolean legend, JsonObjectBuilder y) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                // The height comes from the page (style="height:300px"), so the chart fills it.
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend)))
                .add("scales", Json.createObjectBuilder().add("y", y));
    }

    private static String json(JsonObjectBuilder chart) {
        // The configuration is written into a script element: a receipt number must not close it.
        return chart.build().toString().replace("<", "\\u003c");
    }
}

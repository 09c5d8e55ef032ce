package org.seedbed.organization.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations as JSON for {@code p:chart value}: the kinds of chart the city
 * dashboard and the other pages show, in the project's green palette.
 */
public final class ChartJson {

    public static final List<String> PALETTE = List.of(
            "#2f6f4e", "#3f8f63", "#6fb58a", "#a7d3b5", "#e4a853", "#d9704a", "#5b7db1", "#9b6fb5", "#4fa3a5",
            "#c9b458", "#8c8c8c", "#b5657a");

    /** One series of a bar chart: its legend label, its stack (bars of a stack pile up) and colour. */
    public record Series(String label, String stack, List<? extends Number> values, String color) {}

    private ChartJson() {}

    static String doughnut(List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colors.add(PALETTE.get(i % PALETTE.size()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("data", numbers(values))
                .add("backgroundColor", colors)
                .add("borderColor", "#ffffff")
                .add("borderWidth", 2);
        return chart("doughnut", labels, Json.createArrayBuilder().add(dataset), options(true, false, false));
    }

    /** Bars of one series; horizontal ones suit long labels such as service areas. */
    public static String bar(
            List<String> labels, String seriesLabel, List<? extends Number> values, boolean horizontal) {
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", seriesLabel)
                .add("data", numbers(values))
                .add("backgroundColor", PALETTE.get(1))
                .add("borderRadius", 4);
        JsonObjectBuilder options = options(false, true, false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return chart("bar", labels, Json.createArrayBuilder().add(dataset), options);
    }

    static String line(List<String> labels, String seriesLabel, List<? extends Number> values) {
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", seriesLabel)
                .add("data", numbers(values))
                .add("borderColor", PALETTE.get(0))
                .add("backgroundColor", "rgba(111, 181, 138, 0.25)")
                .add("pointBackgroundColor", PALETTE.get(0))
                .add("fill", true)
                .add("tension", 0.3);
        return chart("line", labels, Json.createArrayBuilder().add(dataset), options(false, true, false));
    }

    /** Several series; those with the same stack pile up, different stacks stand side by side. */
    public static String stacked(List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("stack", s.stack())
                    .add("data", numbers(s.values()))
                    .add("backgroundColor", s.color())
                    .add("borderRadius", 3));
        }
        return chart("bar", labels, datasets, options(true, true, true));
    }

    private static JsonObjectBuilder options(boolean legend, boolean axes, boolean stacked) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                // The height comes from the page (style="height:300px"), so the chart fills it.
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("display", legend)
                                                .add("position", "bottom")));
        if (axes) {
            JsonObjectBuilder ticks = Json.createObjectBuilder().add("precision", 0);
            options.add(
                    "scales",
                    Json.createObjectBuilder()
                            .add(
                                    "x",
                                    Json.createObjectBuilder()
                                            .add("stacked", stacked)
                                            .add("beginAtZero", true)
                                            .add("ticks", ticks))
                            .add(
                                    "y",
                                    Json.createObjectBuilder()
                                            .add("stacked", stacked)
                                            .add("beginAtZero", true)
                                            .add(
                                                    "ticks",
                                                    Json.createObjectBuilder().add("precision", 0))));
        }
        return options;
    }

    private static String chart(
            String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build();
        // The configuration is written into a script element: a name must not be able to close it.
        return config.toString().replace("</", "<\\/");
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number value : values) {
            if (value instanceof java.math.BigDecimal exact) {
                // Money keeps its fen.
                array.add(exact);
            } else if (value instanceof Double || value instanceof Float) {
                array.add(value.doubleValue());
            } else {
                array.add(value.longValue());
            }
        }
        return array;
    }
}

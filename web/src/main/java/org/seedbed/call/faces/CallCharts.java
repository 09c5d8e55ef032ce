package org.seedbed.call.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations (JSON for {@code p:chart value}) of the call dashboard on staff/call.xhtml,
 * in the project's palette; the chart's type is part of the JSON.
 */
final class CallCharts {

    static final List<String> PALETTE =
            List.of("#2f6f4e", "#3f8f63", "#6fb58a", "#e4a853", "#d9704a", "#5b7db1", "#9b6fb5", "#4fa3a5");

    private CallCharts() {}

    /** Bars of one series, each in its own colour from {@code colours} (repeated when fewer). */
    static String bar(
            List<String> labels,
            String seriesLabel,
            List<? extends Number> values,
            List<String> colours,
            boolean wholeNumbers) {
        JsonArrayBuilder background = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            background.add(colours.get(i % colours.size()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", seriesLabel)
                .add("data", numbers(values))
                .add("backgroundColor", background)
                .add("borderRadius", 4);
        JsonObjectBuilder ticks = Json.createObjectBuilder();
        if (wholeNumbers) {
            ticks.add("precision", 0);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                // The height comes from the page (style="height:300px"), so the chart fills it.
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add("ticks", ticks)));
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labelArray)
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build()
                .toString();
        // The configuration is written into a script element: a category name must not close it.
        return json.replace("<", "\\u003c");
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number value : values) {
            if (value instanceof Double || value instanceof Float) {
                array.add(value.doubleValue());
            } else {
                array.add(value.longValue());
            }
        }
        return array;
    }
}

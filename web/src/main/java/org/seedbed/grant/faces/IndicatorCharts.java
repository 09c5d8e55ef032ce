package org.seedbed.grant.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations (JSON for {@code p:chart value}) of the outcome indicators page
 * staff/indicators.xhtml: an indicator's target and reached value side by side for each group of
 * grants, in the project's palette, with the indicator's unit on the value axis.
 */
final class IndicatorCharts {

    private static final String TARGET_COLOUR = "#2f6f4e";
    private static final String ACTUAL_COLOUR = "#e4a853";

    private IndicatorCharts() {}

    static String targetVsActual(
            List<String> labels,
            String targetLabel,
            List<BigDecimal> targets,
            String actualLabel,
            List<BigDecimal> actuals,
            String unit) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (unit != null && !unit.isBlank()) {
            valueAxis.add(
                    "title", Json.createObjectBuilder().add("display", true).add("text", unit));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                // The height comes from the page (style="height:260px"), so the chart fills it.
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("y", valueAxis));
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labelArray)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(targetLabel, targets, TARGET_COLOUR))
                                                .add(dataset(actualLabel, actuals, ACTUAL_COLOUR))))
                .add("options", options)
                .build()
                .toString();
        // The configuration is written into a script element: a group or unit name must not close it.
        return json.replace("<", "\\u003c");
    }

    private static JsonObjectBuilder dataset(String label, List<BigDecimal> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(value -> data.add(value == null ? BigDecimal.ZERO : value));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderRadius", 4);
    }
}

package org.seedbed.grant.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configuration (JSON for {@code p:chart value}) of the portfolio's chart on
 * staff/grants.xhtml: awarded and released money side by side for each group of grants, in the
 * project's palette.
 */
final class StaffGrantCharts {

    private static final String AWARDED_COLOUR = "#2f6f4e";
    private static final String RELEASED_COLOUR = "#e4a853";

    private StaffGrantCharts() {}

    static String awardedVsReleased(
            List<String> labels,
            String awardedLabel,
            List<BigDecimal> awarded,
            String releasedLabel,
            List<BigDecimal> released) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                // The height comes from the page (style="height:280px"), so the chart fills it.
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labelArray)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(awardedLabel, awarded, AWARDED_COLOUR))
                                                .add(dataset(releasedLabel, released, RELEASED_COLOUR))))
                .add("options", options)
                .build()
                .toString();
        // The configuration is written into a script element: a status or call name must not close it.
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

package org.seedbed.incubation.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.DimensionView;
import org.seedbed.incubation.boundary.IncubationDetail.AssessmentView;

/**
 * Chart.js configurations (JSON for {@code p:chart}) of an incubatee's capacity growth: a radar of
 * the first and the latest assessment, and each dimension's score and the overall one over time.
 */
final class CapacityCharts {

    /** The project palette; the overall score takes the first, dimensions the others in turn. */
    static final List<String> PALETTE =
            List.of("#2f6f4e", "#3f8f63", "#6fb58a", "#e4a853", "#d9704a", "#5b7db1", "#9b6fb5");

    private static final String FIRST_COLOUR = "#e4a853";
    private static final String LATEST_COLOUR = "#2f6f4e";

    private CapacityCharts() {}

    /** First versus latest assessment over the dimensions; just the latest when there is one. */
    static String radar(List<AssessmentView> assessments, List<DimensionView> dimensions, Locale language) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (!assessments.isEmpty()) {
            AssessmentView first = assessments.get(0);
            AssessmentView latest = assessments.get(assessments.size() - 1);
            if (assessments.size() > 1) {
                datasets.add(radarSet(
                        Texts.text("incubation.chart.first", first.assessedOn().toString()),
                        first,
                        dimensions,
                        FIRST_COLOUR));
            }
            datasets.add(radarSet(
                    Texts.text("incubation.chart.latest", latest.assessedOn().toString()),
                    latest,
                    dimensions,
                    LATEST_COLOUR));
        }
        JsonObjectBuilder scale = Json.createObjectBuilder()
                .add("min", 0)
                .add("max", 100)
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 20));
        return config(
                "radar",
                names(dimensions, language),
                datasets,
                Json.createObjectBuilder().add("r", scale));
    }

    /** One line per dimension and a bolder one for the overall score, by assessment date. */
    static String line(List<AssessmentView> assessments, List<DimensionView> dimensions, Locale language) {
        JsonArrayBuilder dates = Json.createArrayBuilder();
        JsonArrayBuilder overall = Json.createArrayBuilder();
        for (AssessmentView a : assessments) {
            dates.add(a.assessedOn().toString());
            overall.add(Math.round(a.overall() * 10) / 10.0);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(lineSet(Texts.text("incubation.assessment.overall"), overall, PALETTE.get(0), 3));
        for (int d = 0; d < dimensions.size(); d++) {
            String code = dimensions.get(d).code();
            JsonArrayBuilder scores = Json.createArrayBuilder();
            for (AssessmentView a : assessments) {
                addScore(scores, a.scores().get(code));
            }
            String colour = PALETTE.get(1 + d % (PALETTE.size() - 1));
            datasets.add(lineSet(dimensions.get(d).name(language), scores, colour, 2));
        }
        JsonObjectBuilder y = Json.createObjectBuilder()
                .add("min", 0)
                .add("max", 100)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 20));
        return config("line", dates, datasets, Json.createObjectBuilder().add("y", y));
    }

    private static JsonObjectBuilder radarSet(
            String label, AssessmentView assessment, List<DimensionView> dimensions, String colour) {
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (DimensionView dimension : dimensions) {
            addScore(scores, assessment.scores().get(dimension.code()));
        }
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", scores)
                .add("borderColor", colour)
                .add("backgroundColor", colour + "33")
                .add("pointBackgroundColor", colour)
                .add("borderWidth", 2)
                .add("fill", true);
    }

    private static JsonObjectBuilder lineSet(String label, JsonArrayBuilder data, String colour, int width) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("borderWidth", width)
                .add("pointRadius", width + 1)
                .add("tension", 0.25)
                .add("spanGaps", true)
                .add("fill", false);
    }

    private static void addScore(JsonArrayBuilder scores, Integer score) {
        // A dimension added later has no score in older assessments: a gap, not a zero.
        if (score == null) {
            scores.addNull();
        } else {
            scores.add(score);
        }
    }

    private static JsonArrayBuilder names(List<DimensionView> dimensions, Locale language) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        dimensions.forEach(d -> names.add(d.name(language)));
        return names;
    }

    private static String config(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                        "interaction",
                        Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("scales", scales)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        String json = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
        // The configuration is written into a script block: names typed by people must not close it.
        return json.replace("<", "\\u003c");
    }
}

package org.seedbed.grant.faces;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.grant.boundary.EvaluationForm;
import org.seedbed.grant.boundary.ReportForm;

/**
 * Reads what reports and evaluations hold as JSON (indicator actuals, expense lines, scores,
 * bonus and penalty items) into the forms' own types; anything of an unexpected shape is skipped
 * rather than failing the page.
 */
final class ReportJson {

    private ReportJson() {}

    /** Numbers by key: indicator actuals by indicator code, points by dimension code. */
    static Map<String, BigDecimal> numbers(JsonObject object) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        if (object != null) {
            object.forEach((key, value) -> {
                if (value instanceof JsonNumber number) {
                    numbers.put(key, number.bigDecimalValue());
                }
            });
        }
        return numbers;
    }

    static List<ReportForm.ExpenseLine> expenses(JsonArray array) {
        List<ReportForm.ExpenseLine> lines = new ArrayList<>();
        for (JsonObject line : objects(array)) {
            lines.add(new ReportForm.ExpenseLine(text(line, "category"), text(line, "item"), number(line, "amount")));
        }
        return lines;
    }

    static List<EvaluationForm.AdjustmentLine> adjustments(JsonArray array) {
        List<EvaluationForm.AdjustmentLine> lines = new ArrayList<>();
        for (JsonObject line : objects(array)) {
            lines.add(
                    new EvaluationForm.AdjustmentLine(text(line, "code"), number(line, "points"), text(line, "note")));
        }
        return lines;
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> objects = new ArrayList<>();
        if (array != null) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString text ? text.getString() : null;
    }

    private static BigDecimal number(JsonObject object, String key) {
        return object.get(key) instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }
}

package org.seedbed.submission.faces;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.math.BigDecimal;

/** Reads and writes the cells of table answers; empty cells are left out of the JSON. */
final class JsonCells {

    private JsonCells() {}

    static String text(JsonObject cells, String name) {
        return cells.get(name) instanceof JsonString s ? s.getString() : null;
    }

    static BigDecimal number(JsonObject cells, String name) {
        return cells.get(name) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    static void put(JsonObjectBuilder cells, String name, String text) {
        if (text != null && !text.isBlank()) {
            cells.add(name, text);
        }
    }

    static void put(JsonObjectBuilder cells, String name, BigDecimal number) {
        if (number != null) {
            cells.add(name, Json.createValue(number));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

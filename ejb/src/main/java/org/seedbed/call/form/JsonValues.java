package org.seedbed.call.form;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** Lenient reading of answer cells, for answers that were checked when they were saved. */
public final class JsonValues {

    private JsonValues() {}

    /** The string at {@code name}, or null when it is missing or not a string. */
    public static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** The number at {@code name}, or null when it is missing or not a number. */
    public static BigDecimal number(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    /** Whether a value counts as no answer: missing, null, a blank string or an empty array or object. */
    public static boolean empty(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return true;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString().isBlank();
            case ARRAY -> value.asJsonArray().isEmpty();
            case OBJECT -> value.asJsonObject().isEmpty();
            default -> false;
        };
    }
}

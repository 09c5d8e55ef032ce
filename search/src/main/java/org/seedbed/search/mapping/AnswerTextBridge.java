package org.seedbed.search.mapping;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes what an applicant wrote: the text values of the answers document, one per line,
 * without the question keys and JSON punctuation that would otherwise show up in highlights.
 */
final class AnswerTextBridge implements ValueBridge<String, String> {

    @Override
    public String toIndexedValue(String answers, ValueBridgeToIndexedValueContext context) {
        return answers == null || answers.isBlank() ? null : textOf(answers);
    }

    /** Only the text is kept; highlights read it as it was indexed. */
    @Override
    public String fromIndexedValue(String text, ValueBridgeFromIndexedValueContext context) {
        return text;
    }

    static String textOf(String json) {
        try {
            StringBuilder text = new StringBuilder();
            collect(Json.createReader(new StringReader(json)).readValue(), text);
            return text.toString().strip();
        } catch (JsonParsingException e) {
            return json;
        }
    }

    private static void collect(JsonValue value, StringBuilder text) {
        switch (value.getValueType()) {
            case STRING -> text.append(((JsonString) value).getString()).append('\n');
            case OBJECT -> ((JsonObject) value).values().forEach(v -> collect(v, text));
            case ARRAY -> ((JsonArray) value).forEach(v -> collect(v, text));
            default -> {
                // Numbers and flags say little to a reader searching text.
            }
        }
    }
}

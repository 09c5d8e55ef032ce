package org.seedbed.submission.faces;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;

/**
 * The answers the wizard (ngo/submission.xhtml) edits: one {@link AnswerField} per question, keyed
 * and ordered as the form has them, turned back into the answers' JSON object on saving.
 */
final class AnswerModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, AnswerField> fields = new LinkedHashMap<>();

    private AnswerModel() {}

    static AnswerModel of(FormDefinition form, JsonObject answers) {
        AnswerModel model = new AnswerModel();
        JsonObject saved = answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers;
        form.questions().stream()
                .filter(q -> q.key() != null && q.type() != null)
                .forEach(q -> model.fields.put(q.key(), AnswerField.of(q, saved.get(q.key()))));
        return model;
    }

    /** The fields of one page, in the page's order. */
    List<AnswerField> of(FormPage page) {
        return page.questions().stream()
                .map(q -> fields.get(q.key()))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The answers' JSON object; {@code files} gives the attachment ids of a file question. */
    JsonObject toJson(Function<String, List<Long>> files) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        fields.forEach((key, field) -> {
            JsonValue value = field.toJson(files.apply(key));
            if (value != null) {
                answers.add(key, value);
            }
        });
        return answers.build();
    }
}

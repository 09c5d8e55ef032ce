package org.seedbed.call.form;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The application form of a call as the officer built it: pages of questions. It is stored as JSON with the
 * call, and answers refer to its questions by key.
 */
public record FormDefinition(List<FormPage> pages) {

    public FormDefinition {
        pages = pages == null
                ? List.of()
                : pages.stream().filter(Objects::nonNull).toList();
    }

    public static FormDefinition empty() {
        return new FormDefinition(List.of());
    }

    /** All questions, page after page. */
    public List<Question> questions() {
        return pages.stream().flatMap(p -> p.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> Objects.equals(q.key(), key)).findFirst();
    }

    /** The budget table, if the form asks for a budget. */
    public Optional<Question> budgetQuestion() {
        return questions().stream()
                .filter(q -> q.type() == QuestionType.BUDGET_TABLE)
                .findFirst();
    }

    /** Reads a stored form; a blank text is the empty form. */
    public static FormDefinition fromJson(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        FormDefinition form = JsonHolder.JSONB.fromJson(json, FormDefinition.class);
        return form == null ? empty() : form;
    }

    public String toJson() {
        return JsonHolder.JSONB.toJson(this);
    }

    /** Created on first use: a Jsonb instance is costly to build and safe to share between threads. */
    private static final class JsonHolder {
        private static final Jsonb JSONB = JsonbBuilder.create();
    }
}

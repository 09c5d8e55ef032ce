package org.seedbed.review.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The per-category number of reviewers, kept as JSON on the panel. */
public final class PanelSettings {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type MAP = new HashMap<String, Integer>() {}.getClass().getGenericSuperclass();

    private PanelSettings() {}

    public static Map<String, Integer> reviewersByCategory(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Integer> read = JSON.fromJson(json, MAP);
        return new TreeMap<>(read);
    }

    public static String toJson(Map<String, Integer> byCategory) {
        return JSON.toJson(byCategory == null ? Map.of() : new TreeMap<>(byCategory));
    }
}

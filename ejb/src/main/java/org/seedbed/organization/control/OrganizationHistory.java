package org.seedbed.organization.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.seedbed.audit.entity.AuditEntry;
import org.seedbed.organization.boundary.HistoryEntry;

/** Reads a profile's audit entries back as "field: before → after" lists for people. */
public final class OrganizationHistory {

    /** Fields that change with every edit and say nothing to a reader. */
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "myRole", "orgUnitNameEn");

    private OrganizationHistory() {}

    public static List<HistoryEntry> of(EntityManager em, long organizationId) {
        List<AuditEntry> entries = em.createNamedQuery(AuditEntry.OF_SUBJECT, AuditEntry.class)
                .setParameter("type", "organization")
                .setParameter("id", String.valueOf(organizationId))
                .getResultList();
        List<HistoryEntry> history = new ArrayList<>();
        for (AuditEntry entry : entries) {
            history.add(new HistoryEntry(
                    entry.occurredAt(),
                    entry.actor(),
                    entry.action(),
                    changes(parse(entry.beforeState()), parse(entry.afterState()))));
        }
        java.util.Collections.reverse(history);
        return history;
    }

    static List<HistoryEntry.FieldChange> changes(JsonObject before, JsonObject after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (NOISE.contains(field)) {
                continue;
            }
            String was = text(before.get(field));
            String now = text(after.get(field));
            if (!java.util.Objects.equals(was, now)) {
                changes.add(new HistoryEntry.FieldChange(field, was, now));
            }
        }
        return changes;
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT
                    ? value.asJsonObject()
                    : JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}

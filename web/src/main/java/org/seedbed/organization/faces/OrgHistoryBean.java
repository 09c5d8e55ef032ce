package org.seedbed.organization.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.HistoryEntry;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.problem.SeedbedProblem;

/**
 * A profile's history for the editor and the staff review page: who changed what when, with each
 * field's value before and after, in words where the value is one of the fixed choices.
 */
@Named
@ViewScoped
public class OrgHistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fields whose values are enum names, and the bundle prefix of their labels. */
    private static final Map<String, String> CHOICES = Map.of(
            "kind", "kind.",
            "registration", "registration.",
            "status", "organizationStatus.",
            "serviceAreas", "area.",
            "role", "memberRole.",
            "type", "documentType.",
            "source", "org.source.");

    @Inject
    Organizations organizations;

    private final Map<Long, List<HistoryEntry>> histories = new HashMap<>();

    public List<HistoryEntry> of(Long organizationId) {
        if (organizationId == null) {
            return List.of();
        }
        return histories.computeIfAbsent(organizationId, this::load);
    }

    /** Forgets what was loaded, after the profile changed on this page. */
    public void refresh() {
        histories.clear();
    }

    public String action(String action) {
        return labelOr("audit." + action, action);
    }

    public String field(String field) {
        return labelOr("org.field." + field, field);
    }

    /** A recorded value in words: choices by their labels, lists joined, anything else as stored. */
    public String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Texts.text("common.none");
        }
        String prefix = CHOICES.get(field);
        if (prefix == null) {
            return value;
        }
        if (value.startsWith("[")) {
            String inner = value.substring(1, value.length() - 1);
            if (inner.isBlank()) {
                return Texts.text("common.none");
            }
            return Arrays.stream(inner.split(","))
                    .map(v -> v.trim().replace("\"", ""))
                    .map(v -> labelOr(prefix + v, v))
                    .collect(Collectors.joining(Texts.text("org.listSeparator")));
        }
        return labelOr(prefix + value, value);
    }

    private List<HistoryEntry> load(long organizationId) {
        try {
            return organizations.history(organizationId);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    /** The bundle's text, or the raw value when the bundle has none (Texts answers the key then). */
    private static String labelOr(String key, String fallback) {
        String text = Texts.text(key);
        return text.equals(key) ? fallback : text;
    }
}

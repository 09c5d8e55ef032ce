package org.seedbed.call.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may apply to a call: a verified organization, of one of the given kinds (names of {@code
 * OrganizationKind}, none meaning any kind), founded at least some months ago, serving the call's area, not
 * debarred, and with no more than a number of applications to the call. A false flag or a null number
 * switches a rule off. The rules are stored as JSON with the call.
 */
public record EligibilityRules(
        boolean requireVerified,
        Set<String> kinds,
        Integer minMonthsFounded,
        boolean servesCallUnit,
        boolean notDebarred,
        Integer maxSubmissionsPerOrganization) {

    public EligibilityRules {
        // Sorted, so that the same rules always give the same JSON.
        kinds = kinds == null
                ? Set.of()
                : Collections.unmodifiableSet(
                        new TreeSet<>(kinds.stream().filter(Objects::nonNull).toList()));
    }

    /** What most district calls ask: a verified organization of at least a year, one application per call. */
    public static EligibilityRules defaults() {
        return new EligibilityRules(true, Set.of(), 12, true, true, 1);
    }

    /** Reads stored rules; a blank text gives the {@link #defaults()}. */
    public static EligibilityRules fromJson(String json) {
        if (json == null || json.isBlank()) {
            return defaults();
        }
        EligibilityRules rules = JsonHolder.JSONB.fromJson(json, EligibilityRules.class);
        return rules == null ? defaults() : rules;
    }

    public String toJson() {
        return JsonHolder.JSONB.toJson(this);
    }

    /** Created on first use: a Jsonb instance is costly to build and safe to share between threads. */
    private static final class JsonHolder {
        private static final Jsonb JSONB = JsonbBuilder.create();
    }
}

package org.seedbed.organization.boundary;

import java.time.Instant;
import java.util.List;

/** One audited change of a profile: who, when, what, and each field's value before and after. */
public record HistoryEntry(Instant at, String actor, String action, List<FieldChange> changes) {

    /** A field whose value changed. */
    public record FieldChange(String field, String before, String after) {}
}

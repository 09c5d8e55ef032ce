package org.seedbed.audit.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.seedbed.audit.boundary.AuditLog;
import org.seedbed.audit.boundary.AuditRecord;
import org.seedbed.audit.control.AuditChain;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;

/**
 * The city admin's audit log (admin/audit.xhtml): verifying the hash chain, the latest entries
 * filtered by action family, subject type, person and text, each with its states before and after,
 * and links to the exports of the whole trail. Filtering happens here over what the log answered,
 * which is at most a few hundred entries.
 */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Integer> LIMITS = List.of(100, 500, 2000);

    /** {@link AuditLog#recent(int)} answers at most this many entries, whatever limit it is asked for. */
    private static final int RECENT_CAP = AuditLog.MAX_RECENT;

    /** The staff pages that show a subject, by subject type, for the ids recorded with it. */
    private static final Map<String, String> SUBJECT_PAGES = Map.of(
            "organization", "/staff/organization.xhtml",
            "submission", "/staff/submission.xhtml",
            "call", "/staff/call.xhtml");

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    AuditLog audit;

    private int limit = LIMITS.get(0);
    private String family;
    private String subjectType;
    private String actor;
    private String text;

    private List<AuditRecord> loaded;
    private List<AuditRecord> shown;
    private AuditChain.Verification verification;
    private Instant verifiedAt;

    // ---------- Chain integrity ----------

    /** Recomputes every hash of the chain; reading only, so it can be repeated at will. */
    public void verify() {
        try {
            verification = audit.verify();
            verifiedAt = Instant.now();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public AuditChain.Verification getVerification() {
        return verification;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public boolean isBroken() {
        return verification != null && !verification.intact();
    }

    /** The first entry whose hash or link does not match, when it is among the entries loaded. */
    public AuditRecord getBrokenEntry() {
        if (!isBroken() || verification.firstBrokenEntryId() == null) {
            return null;
        }
        long id = verification.firstBrokenEntryId();
        return loaded().stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    public boolean isFirstBroken(AuditRecord entry) {
        return isBroken() && Objects.equals(verification.firstBrokenEntryId(), entry.id());
    }

    /**
     * Entries from the break on: the chain no longer vouches that they are as recorded. A break
     * older than the entries loaded puts every chained entry shown after it.
     */
    public boolean unvouched(AuditRecord entry) {
        if (!isBroken() || entry.chainPosition() == null) {
            return false;
        }
        AuditRecord broken = getBrokenEntry();
        return broken == null || broken.chainPosition() == null || entry.chainPosition() >= broken.chainPosition();
    }

    // ---------- Entries and filters ----------

    public List<AuditRecord> getEntries() {
        if (shown == null) {
            shown = loaded().stream().filter(this::matches).toList();
        }
        return shown;
    }

    public int getLoadedCount() {
        return loaded().size();
    }

    /** Whether more entries were asked for than the log answers at once (the exports hold them all). */
    public boolean isCapped() {
        return limit > RECENT_CAP && loaded().size() >= RECENT_CAP;
    }

    public boolean isFiltered() {
        return family != null || subjectType != null || actor != null || text != null;
    }

    /** Applies the filters to the entries loaded, back on the table's first page. */
    public void filter() {
        shown = null;
        firstPage();
    }

    public void clear() {
        family = null;
        subjectType = null;
        actor = null;
        text = null;
        filter();
    }

    /** Loads again, for another limit or to see what was recorded since the page opened. */
    public void reload() {
        loaded = null;
        // A choice that no longer has entries would filter by a value the menus cannot show.
        if (family != null && !getFamilies().contains(family)) {
            family = null;
        }
        if (subjectType != null && !getSubjectTypes().contains(subjectType)) {
            subjectType = null;
        }
        if (actor != null && !getActors().contains(actor)) {
            actor = null;
        }
        filter();
    }

    public List<Integer> getLimits() {
        return LIMITS;
    }

    /** The action families (the part of the action code before the first dot) among the entries loaded. */
    public List<String> getFamilies() {
        return loaded().stream()
                .map(r -> family(r.action()))
                .distinct()
                .sorted(Comparator.comparing(this::familyLabel))
                .toList();
    }

    public List<String> getSubjectTypes() {
        return loaded().stream()
                .map(AuditRecord::subjectType)
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparing(this::subjectLabel))
                .toList();
    }

    public List<String> getActors() {
        return loaded().stream()
                .map(AuditRecord::actor)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    // ---------- Labels ----------

    public String actionLabel(String action) {
        // The dashboard and the profile history already name actions as "audit.<action>".
        return label(action, "audit." + action, "auditLog.action." + action);
    }

    public boolean hasActionLabel(String action) {
        return !Objects.equals(actionLabel(action), action);
    }

    public String subjectLabel(String type) {
        return label(type, "subject." + type, "auditLog.subject." + type);
    }

    /** Who acted: a username as recorded, or the system and the public in words. */
    public String actorLabel(String actor) {
        return label(actor, "auditLog.actor." + actor);
    }

    public String familyLabel(String family) {
        return label(family, "auditLog.family." + family);
    }

    /** A family in the filter: its name in words and the code prefix that admins see in the exports. */
    public String familyOption(String family) {
        String label = familyLabel(family);
        return label.equals(family) ? family + "." : label + " (" + family + ".)";
    }

    /** The staff page of an entry's subject, or null when there is none to link to. */
    public String subjectPage(AuditRecord entry) {
        return entry.subjectId() == null ? null : SUBJECT_PAGES.get(entry.subjectType());
    }

    // ---------- States before and after ----------

    /** A recorded state as indented JSON; text that is not JSON as stored. */
    public String pretty(String json) {
        JsonValue value = parse(json);
        if (value == null) {
            return json;
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip();
    }

    /** The top-level fields whose values differ between the states before and after. */
    public List<String> changedFields(AuditRecord entry) {
        if (!(parse(entry.before()) instanceof JsonObject before)
                || !(parse(entry.after()) instanceof JsonObject after)) {
            return List.of();
        }
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        return fields.stream()
                .filter(field -> !Objects.equals(before.get(field), after.get(field)))
                .toList();
    }

    // ---------- Properties ----------

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = LIMITS.contains(limit) ? limit : LIMITS.get(0);
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = blankToNull(family);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = blankToNull(subjectType);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = blankToNull(actor);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = blankToNull(text);
    }

    // ---------- Inside ----------

    private List<AuditRecord> loaded() {
        if (loaded == null) {
            try {
                loaded = audit.recent(limit);
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                loaded = List.of();
            }
        }
        return loaded;
    }

    private boolean matches(AuditRecord entry) {
        return (family == null || family.equals(family(entry.action())))
                && (subjectType == null || subjectType.equals(entry.subjectType()))
                && (actor == null || actor.equals(entry.actor()))
                && (text == null || mentions(entry, text.toLowerCase(Locale.ROOT)));
    }

    /** Whether any of what the table and the expanded row show contains the text searched for. */
    private boolean mentions(AuditRecord entry, String needle) {
        return Stream.of(
                        entry.action(),
                        actionLabel(entry.action()),
                        entry.actor(),
                        entry.subjectType(),
                        subjectLabel(entry.subjectType()),
                        entry.subjectId(),
                        entry.before(),
                        entry.after(),
                        entry.requestId(),
                        entry.entryHash())
                .filter(Objects::nonNull)
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String family(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }

    private static String label(String raw, String... keys) {
        return AuditLabels.label(raw, keys);
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException notJson) {
            // States are recorded as JSON; should one not be, the page shows it as stored instead.
            return null;
        }
    }

    /** A new filter starts on the first page, not on a page that may no longer exist. */
    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("auditForm:entries");
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.Assignments;
import org.seedbed.review.boundary.ConflictForm;
import org.seedbed.review.boundary.ConflictView;
import org.seedbed.review.entity.ConflictKind;

/**
 * The conflicts tab of the review workspace: conflicts of interest between the panel's experts and
 * the applications (declared by experts, derived by Seedbed when assignment is computed, or
 * recorded by officers), filtered by text and state; recording one; and waiving one with a reason,
 * which lets the pair be assigned again.
 */
@Named
@ViewScoped
public class PanelConflictsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ADD_FORM = "addConflictForm";
    static final String WAIVE_FORM = "waiveForm";

    /** Which conflicts the list shows. */
    public enum Shown {
        ALL,
        STANDING,
        WAIVED
    }

    /** Kinds an officer records; the others Seedbed derives from what it holds. */
    private static final List<ConflictKind> RECORDABLE = List.of(
            ConflictKind.EMPLOYMENT,
            ConflictKind.BOARD_SEAT,
            ConflictKind.FAMILY,
            ConflictKind.MENTORING,
            ConflictKind.PAST_FUNDING,
            ConflictKind.OTHER);

    @Inject
    Assignments assignments;

    @Inject
    ReviewPanelBean workspace;

    private List<ConflictView> all;
    private long loadedAt = -1;
    private String filter;
    private Shown shown = Shown.ALL;

    private Long expertId;
    private Long submissionId;
    private ConflictKind kind;
    private String reason;

    private ConflictView waiving;
    private String waiverReason;

    public List<ConflictView> getAll() {
        if (all == null || loadedAt != workspace.getRevision()) {
            try {
                all = assignments.conflicts(workspace.getCallId());
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                all = List.of();
            }
            loadedAt = workspace.getRevision();
        }
        return all;
    }

    /** The conflicts matching the state chosen and the text typed (expert, application, reason). */
    public List<ConflictView> getConflicts() {
        String text = filter == null || filter.isBlank() ? null : filter.strip().toLowerCase(Locale.ROOT);
        return getAll().stream()
                .filter(c -> shown == Shown.ALL || (shown == Shown.WAIVED) == c.waived())
                .filter(c -> text == null
                        || contains(c.expertName(), text)
                        || contains(c.title(), text)
                        || contains(c.reason(), text)
                        || String.valueOf(c.submissionId()).equals(text))
                .toList();
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    public long getStandingCount() {
        return getAll().stream().filter(c -> !c.waived()).count();
    }

    public long getWaivedCount() {
        return getAll().stream().filter(ConflictView::waived).count();
    }

    public void add() {
        try {
            ConflictView added = assignments.addConflict(
                    workspace.getCallId(), new ConflictForm(expertId, submissionId, kind, reason));
            workspace.changed();
            Texts.info("panel.conflicts.added", added.expertName());
            expertId = null;
            submissionId = null;
            kind = null;
            reason = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, ADD_FORM, "addConflict");
        }
    }

    /** Opens the waiver dialog for a conflict. */
    public void startWaiving(ConflictView conflict) {
        waiving = conflict;
        waiverReason = null;
    }

    public void waive() {
        if (waiving == null) {
            return;
        }
        try {
            ConflictView waived = assignments.waive(workspace.getCallId(), waiving.id(), waiverReason);
            workspace.changed();
            Texts.info("panel.conflicts.waived", waived.expertName());
            waiving = null;
            waiverReason = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, WAIVE_FORM, "waiverReason");
        }
    }

    public List<ConflictKind> getKinds() {
        return RECORDABLE;
    }

    public List<Shown> getShownChoices() {
        return List.of(Shown.values());
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Shown getShown() {
        return shown;
    }

    public void setShown(Shown shown) {
        this.shown = shown == null ? Shown.ALL : shown;
    }

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public void setKind(ConflictKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ConflictView getWaiving() {
        return waiving;
    }

    public String getWaiverReason() {
        return waiverReason;
    }

    public void setWaiverReason(String waiverReason) {
        this.waiverReason = waiverReason;
    }
}

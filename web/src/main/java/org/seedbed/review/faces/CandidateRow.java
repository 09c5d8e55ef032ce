package org.seedbed.review.faces;

import java.io.Serializable;
import java.util.List;
import org.seedbed.review.boundary.CandidateView;
import org.seedbed.review.entity.ConflictKind;

/**
 * One application on reviewer/declarations.xhtml with what the expert is about to declare on it:
 * the kind of conflict and its reason, and the preference; typed properties, so that the inputs
 * convert to them without help.
 */
public class CandidateRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private CandidateView candidate;
    private ConflictKind kind;
    private String reason;
    private Integer preference;
    private boolean declaring;
    private boolean preferenceSaved;

    CandidateRow(CandidateView candidate) {
        show(candidate);
    }

    /** The application as the use case answered it last; what was declared is typed afresh. */
    void show(CandidateView fresh) {
        candidate = fresh;
        preference = fresh.preference();
    }

    void declared(CandidateView fresh) {
        show(fresh);
        kind = null;
        reason = null;
        declaring = false;
    }

    public CandidateView getCandidate() {
        return candidate;
    }

    public long getSubmissionId() {
        return candidate.submissionId();
    }

    /** The conflicts on record, in the order of the kinds, for chips. */
    public List<ConflictKind> getDeclared() {
        return candidate.declared().stream().sorted().toList();
    }

    /** With a conflict on record the expert will not be given the application: a preference is moot. */
    public boolean isConflicted() {
        return !candidate.declared().isEmpty();
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

    public Integer getPreference() {
        return preference;
    }

    public void setPreference(Integer preference) {
        this.preference = preference;
    }

    /** Whether the conflict form is open; it stays open while what was typed is refused. */
    public boolean isDeclaring() {
        return declaring;
    }

    void setDeclaring(boolean declaring) {
        this.declaring = declaring;
    }

    /** The preference was just saved: the card says so beside the choice. */
    public boolean isPreferenceSaved() {
        return preferenceSaved;
    }

    void setPreferenceSaved(boolean preferenceSaved) {
        this.preferenceSaved = preferenceSaved;
    }
}

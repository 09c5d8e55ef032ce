package org.seedbed.review.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.CandidateView;
import org.seedbed.review.boundary.ConflictForm;
import org.seedbed.review.boundary.Declarations;
import org.seedbed.review.entity.ConflictKind;

/**
 * What a panel expert tells the officers before the applications are assigned,
 * reviewer/declarations.xhtml?call=: a conflict of interest with an application (which takes it
 * off their list for good) and how much they would like to review each one. Only an expert who
 * accepted the call's panel gets here; anyone else finds the page "not found".
 */
@Named
@ViewScoped
public class DeclarationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds experts declare themselves, as the use case takes them; Seedbed derives the others. */
    static final List<ConflictKind> DECLARABLE = List.of(
            ConflictKind.EMPLOYMENT,
            ConflictKind.BOARD_SEAT,
            ConflictKind.FAMILY,
            ConflictKind.MENTORING,
            ConflictKind.PAST_FUNDING,
            ConflictKind.OTHER);

    /** The preferences the use case takes, most eager first: 2 eager … −2 please not. */
    static final List<Integer> PREFERENCES = List.of(2, 1, 0, -1, -2);

    /** The form and the repeat of the page, whose inputs the problems' fields are shown beside. */
    private static final String ROWS = "declareForm:candidates:";

    @Inject
    Declarations declarations;

    @Inject
    Calls calls;

    @Inject
    Language language;

    private String call;
    private Long callId;
    private CallView callView;
    private List<CandidateRow> rows;
    private boolean notFound;

    /** View action. */
    public void load() {
        callId = AddressIds.parse(call);
        if (callId == null) {
            notFound = true;
            return;
        }
        try {
            rows = declarations.candidates(callId).stream()
                    .map(CandidateRow::new)
                    .toList();
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
            return;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
            return;
        }
        try {
            callView = calls.find(callId);
        } catch (SeedbedProblem | EJBAccessException e) {
            // Only the title and category names come from the call; the list works without them.
            callView = null;
        }
    }

    public void startDeclaring(CandidateRow row) {
        row.setDeclaring(true);
    }

    public void stopDeclaring(CandidateRow row) {
        row.setDeclaring(false);
        row.setKind(null);
        row.setReason(null);
    }

    public void declare(CandidateRow row) {
        try {
            declarations.declare(callId, new ConflictForm(null, row.getSubmissionId(), row.getKind(), row.getReason()));
            row.declared(fresh(row));
            Texts.info("declare.declared");
        } catch (SeedbedProblem problem) {
            show(problem, row, "declare");
        }
    }

    /** Saves the preference chosen in the row's menu; "no preference yet" cannot be chosen back. */
    public void bid(CandidateRow row) {
        row.setPreferenceSaved(false);
        if (row.getPreference() == null) {
            return;
        }
        try {
            row.show(declarations.bid(callId, row.getSubmissionId(), row.getPreference()));
            row.setPreferenceSaved(true);
        } catch (SeedbedProblem problem) {
            show(problem, row, "preference");
        }
    }

    /** The application as the use case sees it now; gone from the list means nothing changed on the page. */
    private CandidateView fresh(CandidateRow row) {
        return declarations.candidates(callId).stream()
                .filter(c -> c.submissionId() == row.getSubmissionId())
                .findFirst()
                .orElse(row.getCandidate());
    }

    /**
     * A refused declaration or preference, beside the row's input it is about (the cards make a long
     * page on a phone, where the messages at the top are out of sight); anything else beside the
     * row's button.
     */
    private void show(SeedbedProblem problem, CandidateRow row, String fallbackId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        String prefix = ROWS + rows.indexOf(row) + ":";
        if (problem instanceof InvalidInputException invalid) {
            for (FieldProblem field : invalid.problems()) {
                String id = "kind".equals(field.field()) || "reason".equals(field.field()) ? field.field() : fallbackId;
                context.addMessage(
                        prefix + id, new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(locale), null));
            }
        } else {
            context.addMessage(
                    prefix + fallbackId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(locale), null));
        }
        context.validationFailed();
    }

    public String preferenceLabel(Integer preference) {
        return Texts.text("declare.preference." + preference);
    }

    /** The category's name in the page's language, or its code if the call no longer has it. */
    public String categoryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (callView == null) {
            return code;
        }
        Locale locale = language.getLocale();
        return callView.categories().stream()
                .filter(c -> code.equals(c.code()))
                .map(c -> c.name(locale))
                .findFirst()
                .orElse(code);
    }

    public String getCallTitle() {
        return callView == null ? null : callView.title(language.getLocale());
    }

    public List<ConflictKind> getKinds() {
        return DECLARABLE;
    }

    public List<Integer> getPreferences() {
        return PREFERENCES;
    }

    public List<CandidateRow> getRows() {
        return rows == null ? List.of() : rows;
    }

    /** How many applications the expert has stated a preference on, for the summary above the list. */
    public long getPreferredCount() {
        return getRows().stream()
                .filter(r -> !r.isConflicted() && r.getCandidate().preference() != null)
                .count();
    }

    public long getConflictedCount() {
        return getRows().stream().filter(CandidateRow::isConflicted).count();
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public Long getCallId() {
        return callId;
    }

    public boolean isFound() {
        return rows != null;
    }

    public boolean isNotFound() {
        return notFound;
    }
}

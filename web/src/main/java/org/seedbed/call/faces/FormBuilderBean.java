package org.seedbed.call.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.QuestionType;
import org.seedbed.call.form.ReportFormRules;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * The form builder staff/call-form.xhtml?id=: edits the draft form of a call (pages, questions,
 * their properties and choices) and saves it through the boundary, which checks it. Published
 * versions are frozen: saving prepares the next version, which publishing the call makes current.
 * With {@code &form=intent} it edits the letter-of-intent form of a two-stage call instead; with
 * {@code &form=report} the questions the call's progress and final reports ask, which are not
 * versioned (reports copy them when scheduled), may have no page at all and stay editable until the
 * call is archived.
 */
@Named
@ViewScoped
public class FormBuilderBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "builderForm";

    /** The value of the {@code form} parameter that asks for the letter-of-intent form. */
    static final String INTENT = "intent";

    /** The value of the {@code form} parameter that asks for the report questions. */
    static final String REPORT = "report";

    @Inject
    Calls calls;

    @Inject
    Language language;

    private String id;
    private String which;
    private CallView call;
    private FormDraft draft = new FormDraft();
    private QuestionType newType = QuestionType.SHORT_TEXT;
    private boolean notFound;
    private boolean conflict;
    private boolean dirty;

    /** View action. */
    public void load() {
        Long callId = AddressIds.parse(id);
        if (callId == null) {
            notFound = true;
            return;
        }
        try {
            call = calls.find(callId);
            draft = FormDraft.of(stored(callId));
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    public void save() {
        if (call == null || isFrozen()) {
            return;
        }
        int page = draft.getPageIndex();
        int question = draft.getQuestionIndex();
        draft.clearProblems();
        try {
            FormDefinition saved = store(call.id(), draft.toDefinition());
            draft = FormDraft.of(saved);
            draft.select(page, question);
            // Saving the form changed the call's version, which publishing must be given.
            call = calls.find(call.id());
            dirty = false;
            conflict = false;
            if (isReport()) {
                Texts.info(saved.pages().isEmpty() ? "callForm.report.savedNone" : "callForm.report.saved");
            } else if (call.status() == CallStatus.PUBLISHED) {
                Texts.info("callForm.savedNext", getNextVersion());
            } else {
                Texts.info("callForm.saved");
            }
        } catch (InvalidInputException invalid) {
            CallProblems.show(invalid, FORM);
            FormPlaces.attach(invalid, draft, language.getLocale());
        } catch (ConflictException problem) {
            conflict = "call.changedMeanwhile".equals(problem.key());
            Texts.problem(problem);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Forgets the changes since the last save. */
    public void discard() {
        try {
            call = calls.find(call.id());
            draft = FormDraft.of(stored(call.id()));
            dirty = false;
            conflict = false;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /**
     * The form as saved: the proposal form, the letter of intent (the standard one until saved) or
     * the report questions (none until saved).
     */
    private FormDefinition stored(long callId) {
        if (isReport()) {
            return calls.draftReportForm(callId);
        }
        return isIntent() ? calls.draftIntentForm(callId) : calls.draftForm(callId);
    }

    private FormDefinition store(long callId, FormDefinition form) {
        if (isReport()) {
            return calls.editReportForm(callId, form, call.version());
        }
        return isIntent()
                ? calls.editIntentForm(callId, form, call.version())
                : calls.editForm(callId, form, call.version());
    }

    public void addPage() {
        draft.addPage();
        dirty = true;
    }

    public void movePage(int index, int delta) {
        draft.movePage(index, delta);
        dirty = true;
    }

    public void removePage(int index) {
        draft.removePage(index);
        dirty = true;
    }

    public void selectPage(int index) {
        draft.select(index, -1);
    }

    public void addQuestion() {
        draft.addQuestion(newType);
        dirty = true;
    }

    public void moveQuestion(int index, int delta) {
        draft.moveQuestion(index, delta);
        dirty = true;
    }

    public void removeQuestion(int index) {
        draft.removeQuestion(index);
        dirty = true;
    }

    public void selectQuestion(int index) {
        draft.select(draft.getPageIndex(), index);
    }

    public void addChoice() {
        if (draft.getQuestion() != null) {
            draft.getQuestion().addChoice();
            dirty = true;
        }
    }

    public void removeChoice(int index) {
        if (draft.getQuestion() != null) {
            draft.getQuestion().removeChoice(index);
            dirty = true;
        }
    }

    /** After a label or the type changed: a new question's key follows it, and choices appear. */
    public void questionChanged() {
        QuestionDraft question = draft.getQuestion();
        if (question != null) {
            question.typeChanged();
            question.suggestKey(QuestionKeys.suggest(question.getLabelEn(), question.getType(), draft.keys(question)));
        }
        dirty = true;
    }

    /** After any other input changed: the page shows that there is something to save. */
    public void changed() {
        dirty = true;
    }

    /** The selected page, or every page once the form can no longer change. */
    public List<PageDraft> getPreviewPages() {
        if (isFrozen()) {
            return draft.getPages();
        }
        return draft.getPage() == null ? List.of() : List.of(draft.getPage());
    }

    /**
     * Closed and archived calls keep their application forms as they are; report questions change
     * until the call is archived, since the grants' reports come long after the call closed.
     */
    public boolean isFrozen() {
        if (call == null) {
            return false;
        }
        return call.status() == CallStatus.ARCHIVED || (!isReport() && call.status() == CallStatus.CLOSED);
    }

    /** A published call whose form being edited has a version applicants use; report questions have no versions. */
    public boolean isPublished() {
        return !isReport() && call != null && call.status() == CallStatus.PUBLISHED && getPublishedVersion() != null;
    }

    /** The version publishing the call again would make of this form. */
    public int getNextVersion() {
        Integer published = getPublishedVersion();
        return published == null ? 1 : published + 1;
    }

    /** The version of this form applicants use, or null when it was never published. */
    public Integer getPublishedVersion() {
        if (call == null || isReport()) {
            return null;
        }
        return isIntent() ? call.intentFormVersion() : call.formVersion();
    }

    /** Whether this form was edited since its version applicants use. */
    public boolean isChangedSincePublished() {
        return call != null
                && !isReport()
                && (isIntent() ? call.intentFormChangedSincePublished() : call.formChangedSincePublished());
    }

    /** Whether the letter-of-intent form is being edited rather than the proposal form. */
    public boolean isIntent() {
        return INTENT.equals(which);
    }

    /** Whether the questions of the call's progress and final reports are being edited. */
    public boolean isReport() {
        return REPORT.equals(which);
    }

    /** The kinds of question the picker offers: reports take no tables or files. */
    public List<QuestionType> getQuestionTypes() {
        return questionTypes(isReport());
    }

    /** Every kind for application forms, those {@link ReportFormRules#ALLOWED} for reports, in the usual order. */
    static List<QuestionType> questionTypes(boolean report) {
        return Arrays.stream(QuestionType.values())
                .filter(type -> !report || ReportFormRules.ALLOWED.contains(type))
                .toList();
    }

    /** A letter of intent first, then invited full proposals: the builder links the two forms. */
    public boolean isTwoStage() {
        return call != null && call.stages() == CallStages.TWO_STAGE;
    }

    /** The query naming this form on links back to the builder, e.g. to reload it. */
    public String getFormQuery() {
        if (isReport()) {
            return "&form=" + REPORT;
        }
        return isIntent() ? "&form=" + INTENT : "";
    }

    public CallView getCall() {
        return call;
    }

    public FormDraft getDraft() {
        return draft;
    }

    public QuestionType getNewType() {
        return newType;
    }

    public void setNewType(QuestionType newType) {
        this.newType = newType;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isDirty() {
        return dirty;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /**
     * The {@code form} parameter: {@code intent} for the letter of intent, {@code report} for the
     * report questions, else the proposal form.
     */
    public String getWhich() {
        return which;
    }

    public void setWhich(String which) {
        this.which = which;
    }
}

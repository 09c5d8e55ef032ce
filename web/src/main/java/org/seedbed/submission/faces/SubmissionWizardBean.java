package org.seedbed.submission.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;

/**
 * The applicants' step-by-step form, ngo/submission.xhtml?id=&page=: a step per page of the call's
 * form and a last step to review and submit; read only once the submission cannot be changed. The
 * {@link WizardDraft} is saved on every step change, on "save" and every 30 seconds when something
 * changed, always with the version it was loaded at, so a co-applicant's save is never overwritten.
 * {@link SubmissionReviewBean} submits and withdraws, {@link SubmissionFilesBean} handles the files.
 * In a two-stage call the wizard first edits the letter of intent; once the organization is
 * invited it edits the full proposal, and shows the letter read only.
 */
@Named
@ViewScoped
public class SubmissionWizardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    Submissions submissions;

    @Inject
    Calls calls;

    @Inject
    Language language;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    private String id;
    private String page;
    private FormDefinition form;
    private FormDefinition letterForm;
    private CallView call;
    private WizardDraft draft;
    private WizardSteps steps;
    private String savedAt;
    private boolean notFound;
    private transient List<AnswerPages.Page> answerPages;
    private transient SubmissionView answerPagesOf;
    private transient List<AnswerPages.Page> letterPages;

    /** View action: a submission of one of the caller's organizations, at the step asked for. */
    public void load() {
        Long submissionId = AddressIds.parse(id);
        if (submissionId == null) {
            notFound = true;
            return;
        }
        try {
            SubmissionView found = submissions.find(submissionId);
            form = submissions.form(submissionId);
            letterForm = found.invitedAt() == null
                    ? null
                    : submissions.intentForm(submissionId).orElse(null);
            call = calls.find(found.callId());
            draft = new WizardDraft(form, found);
            steps = new WizardSteps(form);
            Long number = AddressIds.parse(page);
            steps.go(number == null ? 0 : (int) Math.min(number, Integer.MAX_VALUE) - 1);
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    public void previous() {
        goTo(steps.getCurrent() - 1);
    }

    public void next() {
        goTo(steps.getCurrent() + 1);
    }

    /** Saves, then shows another step; a refused save stays on the page and shows why. */
    public void goTo(int target) {
        if (isEditable() && !save(true)) {
            return;
        }
        steps.go(target);
        PrimeFaces.current().executeScript("sbWizard.shown(" + getView().id() + "," + steps.getNumber() + ",true)");
    }

    public void saveDraft() {
        if (save(true)) {
            Texts.info("wizard.saved");
        }
    }

    /** The poll's save: quiet, and only when something changed. */
    public void autosave() {
        if (isEditable() && !draft.isConflicted()) {
            save(false);
        }
    }

    /** Saves what was typed before a file is sent, since the upload reloads the page. */
    public void saveBeforeUpload() {
        PrimeFaces.current().ajax().addCallbackParam("saved", save(true));
    }

    /** Saves after an attachment was added or removed, so that the answer lists it. */
    void saveFiles() {
        save(true);
    }

    /** Drops the unsaved answers and loads what a co-applicant saved meanwhile. */
    public void reload() {
        try {
            draft.show(submissions.find(getView().id()));
            steps.go(steps.getCurrent());
            Texts.info("wizard.reloaded");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Shows the submission as a use case returned it (submitted, withdrawn). */
    void show(SubmissionView changed) {
        draft.show(changed);
        if (!changed.editable()) {
            // The wizard form and its poll leave the page; stop the timer rather than rely on cleanup.
            PrimeFaces.current()
                    .executeScript("if (window.PrimeFaces && PrimeFaces.widgets.autosave) {"
                            + " PrimeFaces.widgets.autosave.stop(); }");
        }
    }

    private boolean save(boolean announce) {
        if (!isEditable()) {
            return false;
        }
        SubmissionView before = draft.getView();
        boolean saved = draft.save(submissions, language.getLocale(), announce);
        if (saved && draft.getView() != before) {
            savedAt = LocalTime.now(clock.withZone(calendar.zone())).format(CLOCK);
        }
        return saved;
    }

    /** The fields of the current step; none on the review step. */
    public List<AnswerField> getFields() {
        FormPage current = steps.getPage();
        return current == null ? List.of() : draft.fields(current);
    }

    /** The answers as text, for a submission that can no longer be changed. */
    public List<AnswerPages.Page> getAnswerPages() {
        SubmissionView current = getView();
        if (current != null && current != answerPagesOf) {
            answerPages = AnswerPages.of(form, current, language.getLocale());
            answerPagesOf = current;
        }
        return answerPages == null ? List.of() : answerPages;
    }

    /** The letter of intent the organization was invited after, read only; none before an invitation. */
    public List<AnswerPages.Page> getLetterPages() {
        SubmissionView current = getView();
        if (letterPages == null && current != null && letterForm != null) {
            // The letter no longer changes once invited: one rendering serves the whole view.
            letterPages = AnswerPages.ofLetter(letterForm, current, language.getLocale());
        }
        return letterPages == null ? List.of() : letterPages;
    }

    /** The saved category's name in the page's language. */
    public String getCategoryName() {
        SubmissionView current = getView();
        return current == null ? null : CallCategories.name(call, current.categoryCode(), language.getLocale());
    }

    /** "Saved at 14:03:22", or that the last save failed; null before the first save. */
    public String getSaveState() {
        if (draft.isConflicted() || draft.isSaveFailed()) {
            return Texts.text("wizard.autosave.failed");
        }
        return savedAt == null ? null : Texts.text("wizard.savedAt", savedAt);
    }

    public boolean isEditable() {
        return draft != null && draft.getView().editable();
    }

    public boolean isFound() {
        return draft != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public SubmissionView getView() {
        return draft == null ? null : draft.getView();
    }

    public WizardDraft getDraft() {
        return draft;
    }

    public WizardSteps getSteps() {
        return steps;
    }

    public CallView getCall() {
        return call;
    }

    public FormDefinition getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}

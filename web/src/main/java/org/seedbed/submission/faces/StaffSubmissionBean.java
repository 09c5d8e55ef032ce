package org.seedbed.submission.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.EligibilityView;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * An officer's view of one submission, staff/submission.xhtml?id=: who applied to which call, the
 * answers page by page, the attachments, the eligibility results recorded at submission and the
 * revisions; for a proposal invited after a letter of intent, the letter too. {@link
 * SubmissionScreeningBean} records the screening decision, or invites a letter's organization.
 */
@Named
@ViewScoped
public class StaffSubmissionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Submissions submissions;

    @Inject
    Calls calls;

    @Inject
    Language language;

    private String id;
    private SubmissionView view;
    private FormDefinition form;
    private FormDefinition letterForm;
    private CallView call;
    private boolean notFound;
    private transient List<AnswerPages.Page> pages;
    private transient List<AnswerPages.Page> letterPages;

    /** View action; a draft or another city's submission is "not found". */
    public void load() {
        Long submissionId = AddressIds.parse(id);
        if (submissionId == null) {
            notFound = true;
            return;
        }
        try {
            SubmissionView found = submissions.find(submissionId);
            call = calls.find(found.callId());
            show(found);
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /**
     * Shows the submission as a use case returned it, e.g. after screening; an invitation turns a
     * letter into a proposal, which answers another form.
     */
    void show(SubmissionView changed) {
        boolean otherForm =
                view == null || view.stage() != changed.stage() || view.formVersion() != changed.formVersion();
        if (otherForm) {
            form = submissions.form(changed.id());
            letterForm = changed.invitedAt() == null
                    ? null
                    : submissions.intentForm(changed.id()).orElse(null);
        }
        view = changed;
        pages = null;
        letterPages = null;
    }

    /** Loads the submission again, e.g. after another officer screened it meanwhile. */
    public void reload() {
        try {
            show(submissions.find(view.id()));
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public List<AnswerPages.Page> getPages() {
        if (pages == null && view != null) {
            pages = AnswerPages.of(form, view, language.getLocale());
        }
        return pages == null ? List.of() : pages;
    }

    /** The letter of intent a proposal was invited after, read only; none for other submissions. */
    public List<AnswerPages.Page> getLetterPages() {
        if (letterPages == null && view != null && letterForm != null) {
            letterPages = AnswerPages.ofLetter(letterForm, view, language.getLocale());
        }
        return letterPages == null ? List.of() : letterPages;
    }

    /** A letter of intent, which is invited to a full proposal or declined rather than found eligible. */
    public boolean isLetter() {
        return view != null && view.stage() == ApplicationStage.INTENT;
    }

    /** A letter of intent, or a proposal invited after one: the page names the stage. */
    public boolean isTwoStage() {
        return view != null && (view.stage() == ApplicationStage.INTENT || view.invitedAt() != null);
    }

    /** Only a submitted application waits for screening. */
    public boolean isScreenable() {
        return view != null && view.status() == SubmissionStatus.SUBMITTED;
    }

    /** "passed" or "failed": the eligibility recorded at submission; "none" when none was recorded. */
    public String getEligibility() {
        if (view == null || view.eligibility().isEmpty()) {
            return "none";
        }
        return view.eligibility().stream().allMatch(EligibilityView::passed) ? "passed" : "failed";
    }

    /** The category's name in the page's language, or its code if the call no longer has it. */
    public String getCategoryName() {
        return view == null ? null : CallCategories.name(call, view.categoryCode(), language.getLocale());
    }

    public boolean isFound() {
        return view != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public SubmissionView getView() {
        return view;
    }

    public CallView getCall() {
        return call;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

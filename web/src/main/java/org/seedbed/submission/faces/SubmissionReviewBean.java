package org.seedbed.submission.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.ReadinessView;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;

/**
 * The last step of the wizard (ngo/submission.xhtml): what is still missing or wrong, whether the
 * organization meets the call's rules, the budget's sums, and submitting; also withdrawing, from
 * any step and from the read-only view. The check is made again each time the step is shown.
 */
@Named
@ViewScoped
public class SubmissionReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A missing or wrong answer and the wizard step (from 0) where it is answered, -1 if none. */
    public record Missing(String label, String message, int step) implements Serializable {}

    @Inject
    Submissions submissions;

    @Inject
    SubmissionWizardBean wizard;

    @Inject
    Language language;

    private ReadinessView readiness;
    private int checkedAtVisit = -1;
    private String receiptNo;

    /** The submission's readiness, checked on arriving at the review step. */
    public ReadinessView getReadiness() {
        WizardSteps steps = wizard.getSteps();
        if (steps != null && steps.isReview() && wizard.isEditable() && checkedAtVisit != steps.getVisits()) {
            check();
        }
        return readiness;
    }

    private void check() {
        checkedAtVisit = wizard.getSteps().getVisits();
        try {
            readiness = submissions.readiness(wizard.getView().id());
        } catch (SeedbedProblem problem) {
            readiness = null;
            Texts.problem(problem);
        }
    }

    /** The readiness problems with the question they are about and where to answer it. */
    public List<Missing> getMissing() {
        ReadinessView current = getReadiness();
        if (current == null) {
            return List.of();
        }
        FormDefinition form = wizard.getForm();
        Locale locale = language.getLocale();
        return current.problems().stream()
                .map(p -> new Missing(
                        ProblemFields.label(form, p.field(), locale),
                        p.message(locale),
                        ProblemFields.page(form, p.field())))
                .toList();
    }

    public boolean isSubmittable() {
        ReadinessView current = getReadiness();
        return current != null
                && current.ready()
                && wizard.isEditable()
                && !wizard.getDraft().isConflicted();
    }

    /** Submits the saved draft with the version the applicant reviewed. */
    public void submit() {
        if (!wizard.isEditable()) {
            return;
        }
        SubmissionView reviewed = wizard.getView();
        try {
            SubmissionView submitted = submissions.submit(reviewed.id(), reviewed.version());
            receiptNo = submitted.receiptNo();
            wizard.show(submitted);
            Texts.info("wizard.submitted", receiptNo);
        } catch (InvalidInputException notReady) {
            Texts.error("wizard.submit.notReady");
            check();
        } catch (ConflictException refused) {
            if ("submission.changedMeanwhile".equals(refused.key())) {
                wizard.getDraft().refused(refused, language.getLocale());
            }
            Texts.problem(refused);
            check();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void withdraw() {
        SubmissionView current = wizard.getView();
        if (current == null || !current.withdrawable()) {
            return;
        }
        try {
            wizard.show(submissions.withdraw(current.id()));
            Texts.info("wizard.withdrawn");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** The receipt number of a submission made in this view, for the confirmation; else null. */
    public String getReceiptNo() {
        return receiptNo;
    }
}

package org.seedbed.submission.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.ScreeningForm;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * The screening form (资格审查) of staff/submission.xhtml: eligible, ineligible with the reason, or
 * more information needed until a date and time of the city; the applicants are told by e-mail.
 */
@Named
@ViewScoped
public class SubmissionScreeningBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's id; field problems are attached to its inputs, which are named like the fields. */
    static final String FORM = "screeningForm";

    /** How long applicants get to add information unless the officer says otherwise. */
    static final int DEFAULT_REOPEN_DAYS = 7;

    private static final List<SubmissionStatus> DECISIONS =
            List.of(SubmissionStatus.ELIGIBLE, SubmissionStatus.INELIGIBLE, SubmissionStatus.MORE_INFO_REQUESTED);

    @Inject
    Submissions submissions;

    @Inject
    StaffSubmissionBean page;

    @Inject
    CityCalendar calendar;

    private SubmissionStatus decision;
    private String note;
    private LocalDateTime reopenUntil;
    private boolean conflict;

    /** Suggests a date to complete by when more information is asked for. */
    public void decisionChanged() {
        if (decision == SubmissionStatus.MORE_INFO_REQUESTED && reopenUntil == null) {
            reopenUntil = calendar.today().plusDays(DEFAULT_REOPEN_DAYS).atTime(LocalTime.of(17, 0));
        }
    }

    public void screen() {
        SubmissionView view = page.getView();
        if (view == null) {
            return;
        }
        try {
            LocalDateTime until = decision == SubmissionStatus.MORE_INFO_REQUESTED ? reopenUntil : null;
            page.show(submissions.screen(view.id(), new ScreeningForm(decision, note, until, view.version())));
            Texts.info("screening.done." + decision.name());
            decision = null;
            note = null;
            reopenUntil = null;
            conflict = false;
        } catch (ConflictException refused) {
            conflict = true;
            Texts.problem(refused);
        } catch (SeedbedProblem problem) {
            FormMessages.show(problem, FORM);
        }
    }

    /** The note is what the applicants read: the reason, or the information needed. */
    public boolean isNoteRequired() {
        return decision == SubmissionStatus.INELIGIBLE || decision == SubmissionStatus.MORE_INFO_REQUESTED;
    }

    public boolean isAskingForMore() {
        return decision == SubmissionStatus.MORE_INFO_REQUESTED;
    }

    /** The earliest day to reopen until, in the city's calendar. */
    public LocalDate getToday() {
        return calendar.today();
    }

    public List<SubmissionStatus> getDecisions() {
        return DECISIONS;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** Loads the submission again after a conflict; the decision typed so far stays. */
    public void reload() {
        page.reload();
        conflict = false;
    }

    public SubmissionStatus getDecision() {
        return decision;
    }

    public void setDecision(SubmissionStatus decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDateTime getReopenUntil() {
        return reopenUntil;
    }

    public void setReopenUntil(LocalDateTime reopenUntil) {
        this.reopenUntil = reopenUntil;
    }
}

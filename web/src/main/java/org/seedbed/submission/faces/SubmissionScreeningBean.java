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
import org.seedbed.submission.boundary.InvitationForm;
import org.seedbed.submission.boundary.ScreeningForm;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * The screening form (资格审查) of staff/submission.xhtml: eligible, ineligible with the reason, or
 * more information needed until a date and time of the city; the applicants are told by e-mail. A
 * letter of intent is not found eligible: its organization is invited to a full proposal, with an
 * optional note, or the letter is declined (ineligible, with the reason).
 */
@Named
@ViewScoped
public class SubmissionScreeningBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's id; field problems are attached to its inputs, which are named like the fields. */
    static final String FORM = "screeningForm";

    /** The invitation's form; its note is named like the field. */
    static final String INVITE_FORM = "inviteForm";

    /** How long applicants get to add information unless the officer says otherwise. */
    static final int DEFAULT_REOPEN_DAYS = 7;

    private static final List<SubmissionStatus> DECISIONS =
            List.of(SubmissionStatus.ELIGIBLE, SubmissionStatus.INELIGIBLE, SubmissionStatus.MORE_INFO_REQUESTED);

    /** What a letter of intent can come to besides an invitation. */
    private static final List<SubmissionStatus> LETTER_DECISIONS =
            List.of(SubmissionStatus.INELIGIBLE, SubmissionStatus.MORE_INFO_REQUESTED);

    @Inject
    Submissions submissions;

    @Inject
    StaffSubmissionBean page;

    @Inject
    CityCalendar calendar;

    private SubmissionStatus decision;
    private String note;
    private LocalDateTime reopenUntil;
    private String inviteNote;
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
        String done = page.isLetter() ? "screening.intent.done." : "screening.done.";
        try {
            LocalDateTime until = decision == SubmissionStatus.MORE_INFO_REQUESTED ? reopenUntil : null;
            page.show(submissions.screen(view.id(), new ScreeningForm(decision, note, until, view.version())));
            Texts.info(done + decision.name());
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

    /** Invites the organization of a submitted letter of intent to a full proposal; they are told by e-mail. */
    public void invite() {
        SubmissionView view = page.getView();
        if (view == null) {
            return;
        }
        try {
            page.show(submissions.invite(view.id(), new InvitationForm(inviteNote, view.version())));
            Texts.info("screening.done.invited");
            inviteNote = null;
            decision = null;
            note = null;
            reopenUntil = null;
            conflict = false;
        } catch (ConflictException refused) {
            conflict = true;
            Texts.problem(refused);
        } catch (SeedbedProblem problem) {
            FormMessages.show(problem, INVITE_FORM);
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

    /** The decisions the submission can come to here; a letter's invitation has its own button. */
    public List<SubmissionStatus> getDecisions() {
        return page.isLetter() ? LETTER_DECISIONS : DECISIONS;
    }

    /** The decision's label: declining a letter of intent reads differently from finding a proposal ineligible. */
    public String decisionLabel(SubmissionStatus option) {
        String prefix = page.isLetter() ? "screening.intent.decision." : "screening.decision.";
        return Texts.text(prefix + option.name());
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

    public String getInviteNote() {
        return inviteNote;
    }

    public void setInviteNote(String inviteNote) {
        this.inviteNote = inviteNote;
    }

    public LocalDateTime getReopenUntil() {
        return reopenUntil;
    }

    public void setReopenUntil(LocalDateTime reopenUntil) {
        this.reopenUntil = reopenUntil;
    }
}

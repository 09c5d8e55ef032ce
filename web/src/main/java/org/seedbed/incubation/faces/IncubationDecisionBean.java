package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.Admission;
import org.seedbed.incubation.boundary.Closing;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.incubation.boundary.StaffMember;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Officers' decisions on work/incubation.xhtml: admit or decline an application, amend a running
 * agreement, graduate (出壳) or exit an incubatee.
 */
@Named
@ViewScoped
public class IncubationDecisionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A new agreement runs for a year unless the officer says otherwise. */
    private static final int DEFAULT_AGREEMENT_YEARS = 1;

    @Inject
    Incubations incubations;

    @Inject
    Incubators incubators;

    @Inject
    IncubationPageBean page;

    @Inject
    IncubationCalendar calendar;

    private List<StaffMember> mentors;
    private LocalDate agreementStart;
    private LocalDate agreementEnd;
    private Long mentorId;
    private String workstation;
    private String note;
    private String declineReason;
    private String graduationNote;
    private String exitReason;

    /** View action after the page's load: fills the agreement form from the incubation. */
    public void prefill() {
        IncubationView summary = page.getSummary();
        if (summary == null) {
            return;
        }
        if (summary.agreementStart() == null) {
            agreementStart = calendar.getToday();
            agreementEnd = agreementStart.plusYears(DEFAULT_AGREEMENT_YEARS);
        } else {
            agreementStart = summary.agreementStart();
            agreementEnd = summary.agreementEnd();
        }
        mentorId = summary.mentorId();
        workstation = summary.workstation();
        note = declineReason = graduationNote = exitReason = null;
    }

    /** The city's mentors and officers; only officers (who manage) load them. */
    public List<StaffMember> getMentors() {
        if (mentors == null) {
            mentors = page.isFound() && page.getDetail().canManage() ? incubators.mentorCandidates() : List.of();
        }
        return mentors;
    }

    public void admit() {
        decide(
                () -> incubations.admit(
                        page.getId(),
                        new Admission(agreementStart, agreementEnd, mentorId, workstation, note, version())),
                "incubation.admit.done");
    }

    public void amend() {
        // The start of a running agreement stays; the use case still checks the end against it.
        decide(
                () -> incubations.amend(
                        page.getId(),
                        new Admission(
                                page.getSummary().agreementStart(),
                                agreementEnd,
                                mentorId,
                                workstation,
                                null,
                                version())),
                "incubation.amend.done");
    }

    public void decline() {
        decide(
                () -> incubations.decline(page.getId(), new Closing(declineReason, version())),
                "incubation.decline.done");
    }

    public void graduate() {
        decide(
                () -> incubations.graduate(page.getId(), new Closing(graduationNote, version())),
                "incubation.graduate.done");
    }

    public void exit() {
        decide(() -> incubations.exit(page.getId(), new Closing(exitReason, version())), "incubation.exit.done");
    }

    private void decide(Supplier<IncubationView> decision, String doneKey) {
        try {
            decision.get();
            Texts.info(doneKey);
            page.reload();
            prefill();
        } catch (ConflictException conflict) {
            // Changed meanwhile or in another state now: show it as it is, keep what was typed.
            FormProblems.show(conflict);
            reloadAfterConflict();
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    private void reloadAfterConflict() {
        try {
            page.reload();
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    private Long version() {
        return page.getSummary().version();
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public void setAgreementStart(LocalDate agreementStart) {
        this.agreementStart = agreementStart;
    }

    public LocalDate getAgreementEnd() {
        return agreementEnd;
    }

    public void setAgreementEnd(LocalDate agreementEnd) {
        this.agreementEnd = agreementEnd;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public String getWorkstation() {
        return workstation;
    }

    public void setWorkstation(String workstation) {
        this.workstation = workstation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getGraduationNote() {
        return graduationNote;
    }

    public void setGraduationNote(String graduationNote) {
        this.graduationNote = graduationNote;
    }

    public String getExitReason() {
        return exitReason;
    }

    public void setExitReason(String exitReason) {
        this.exitReason = exitReason;
    }
}

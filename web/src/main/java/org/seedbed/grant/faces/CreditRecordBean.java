package org.seedbed.grant.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.CreditRecordView;
import org.seedbed.grant.boundary.CreditRecords;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.entity.CreditNote;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * An organization's credit record (信用档案) for officers and city admins,
 * staff/credit-record.xhtml?organization=: its grants, evaluation grades, late reports, notes and
 * debarments; recording a violation, commendation or note; and debarring it for some years, which
 * makes it ineligible for every call of the city while the debarment lasts.
 */
@Named
@ViewScoped
public class CreditRecordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_YEARS = 5;

    @Inject
    CreditRecords records;

    @Inject
    CityCalendar calendar;

    private String organization;
    private CreditRecordView record;
    private boolean notFound;

    // The note form.
    private CreditNote.Kind kind = CreditNote.Kind.NOTE;
    private String noteText;
    private Long noteGrantId;

    // The debarment form.
    private LocalDate startsOn;
    private Integer years = 1;
    private String reason;

    /** View action: the organization of the address. */
    public void load() {
        Long organizationId = AddressIds.parse(organization);
        if (organizationId == null) {
            notFound = true;
            return;
        }
        try {
            record = records.of(organizationId);
            startsOn = calendar.today();
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    public void addNote() {
        if (record == null) {
            return;
        }
        try {
            record = records.note(record.organizationId(), kind, noteText, noteGrantId);
            Texts.info("credit.note.done", Texts.text("credit.kind." + kind.name()));
            kind = CreditNote.Kind.NOTE;
            noteText = null;
            noteGrantId = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void debar() {
        if (record == null) {
            return;
        }
        LocalDate from = startsOn == null ? calendar.today() : startsOn;
        LocalDate until = getDebarUntil();
        try {
            record = records.debar(record.organizationId(), from, years, reason);
            Texts.info("credit.debar.done", from.toString(), until == null ? "" : until.toString());
            reason = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** The last day of the debarment as the form stands, for the confirmation and the hint. */
    public LocalDate getDebarUntil() {
        if (years == null || years < 1 || years > MAX_YEARS) {
            return null;
        }
        return CreditDates.until(startsOn == null ? calendar.today() : startsOn, years);
    }

    /** The question before debarring: who, until when, and that every call of the city is closed to it. */
    public String getDebarConfirm() {
        LocalDate until = getDebarUntil();
        return Texts.text(
                "credit.debar.confirm",
                record == null ? "" : record.organizationName(),
                until == null ? Texts.text("common.none") : until.toString());
    }

    public boolean active(CreditRecordView.Debarment debarment) {
        return CreditDates.active(debarment.startsOn(), debarment.endsOn(), calendar.today());
    }

    /** The title of one of the organization's grants, for notes about a grant. */
    public String grantTitle(Long grantId) {
        if (grantId == null || record == null) {
            return null;
        }
        return record.grants().stream()
                .filter(g -> g.id() == grantId)
                .map(GrantSummary::title)
                .findFirst()
                .orElse(null);
    }

    public int releasedPercent(GrantSummary grant) {
        return StaffShares.percent(grant.released(), grant.amount());
    }

    public List<CreditNote.Kind> getKinds() {
        return List.of(CreditNote.Kind.values());
    }

    public List<Integer> getYearChoices() {
        return IntStream.rangeClosed(1, MAX_YEARS).boxed().toList();
    }

    public LocalDate getToday() {
        return calendar.today();
    }

    public CreditRecordView getRecord() {
        return record;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public CreditNote.Kind getKind() {
        return kind;
    }

    public void setKind(CreditNote.Kind kind) {
        this.kind = kind;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public Long getNoteGrantId() {
        return noteGrantId;
    }

    public void setNoteGrantId(Long noteGrantId) {
        this.noteGrantId = noteGrantId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

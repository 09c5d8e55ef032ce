package org.seedbed.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report the organization owes on a date: progress, financial or final. It is written in as many
 * sittings as needed, submitted, and either approved or sent back with a note. The figures are kept
 * as JSON: actuals by indicator code ({@code {"BENEFICIARIES":320}}) and expense lines with a
 * category, an item and an amount, so that a report keeps what was reported even when the grant's
 * targets change afterwards. A late submission is remembered because late reports cost points in
 * the evaluation (扣分项). Progress and final reports tell what was done and reached; the financial
 * report due with each of them accounts for the money spent.
 */
@Entity
@Table(name = "grant_report")
public class GrantReport {

    public enum Kind {
        PROGRESS,
        FINANCIAL,
        FINAL
    }

    public enum Status {
        DUE,
        SUBMITTED,
        CHANGES_REQUESTED,
        APPROVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String narrative;

    @Column(name = "indicator_actuals", nullable = false)
    private String indicatorActuals;

    @Column(nullable = false)
    private String expenses;

    /** The call's report questions as they were when the report was scheduled; null when it asks none. */
    private String form;

    /** Answers to {@link #form}, keyed by question like an application's answers. */
    @Column(nullable = false)
    private String answers;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_note")
    private String reviewNote;

    /** The day the reminder before the due date went out, so it goes out once. */
    @Column(name = "reminded_before_on")
    private LocalDate remindedBeforeOn;

    @Column(name = "reminded_after_on")
    private LocalDate remindedAfterOn;

    @Column(nullable = false)
    private boolean late;

    @Version
    private long version;

    protected GrantReport() {}

    public GrantReport(Grant grant, Kind kind, String title, LocalDate dueOn, String form) {
        this.grant = grant;
        this.kind = kind;
        this.title = title;
        this.dueOn = dueOn;
        this.form = form;
        this.status = Status.DUE;
        this.indicatorActuals = "{}";
        this.expenses = "[]";
        this.answers = "{}";
    }

    public void save(String narrative, String indicatorActualsJson, String expensesJson, String answersJson) {
        requireWithOrganization();
        this.narrative = narrative;
        this.indicatorActuals = indicatorActualsJson;
        this.expenses = expensesJson;
        this.answers = answersJson;
    }

    public void submit(String by, Instant now, LocalDate today) {
        requireWithOrganization();
        // Lateness is judged on the first submission: a report sent back for changes is not late for that.
        if (submittedAt == null) {
            late = today.isAfter(dueOn);
        }
        status = Status.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
    }

    public void approve(String by, String note, Instant now) {
        requireSubmitted();
        status = Status.APPROVED;
        review(by, note, now);
    }

    /** Sends the report back; the note tells the organization what to change, so it is required. */
    public void requestChanges(String by, String note, Instant now) {
        requireSubmitted();
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a request for changes needs a note");
        }
        status = Status.CHANGES_REQUESTED;
        review(by, note, now);
    }

    private void review(String by, String note, Instant now) {
        reviewedBy = by;
        reviewNote = note;
        reviewedAt = now;
    }

    public void remindedBefore(LocalDate day) {
        remindedBeforeOn = day;
    }

    public void remindedAfter(LocalDate day) {
        remindedAfterOn = day;
    }

    private void requireWithOrganization() {
        if (status != Status.DUE && status != Status.CHANGES_REQUESTED) {
            throw new IllegalStateException("a " + status + " report cannot be changed");
        }
    }

    private void requireSubmitted() {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("only a submitted report can be reviewed, this one is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Grant grant() {
        return grant;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String narrative() {
        return narrative;
    }

    public String indicatorActuals() {
        return indicatorActuals;
    }

    public String expenses() {
        return expenses;
    }

    public String form() {
        return form;
    }

    public String answers() {
        return answers;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public LocalDate remindedBeforeOn() {
        return remindedBeforeOn;
    }

    public LocalDate remindedAfterOn() {
        return remindedAfterOn;
    }

    public boolean late() {
        return late;
    }

    public long version() {
        return version;
    }
}

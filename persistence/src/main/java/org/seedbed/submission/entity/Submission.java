package org.seedbed.submission.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.call.entity.FormVersion;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.organization.entity.Organization;

/**
 * An organization's application to a call (申报): the aggregate root of its revisions and
 * attachments. Answers are JSON keyed by the questions of the form version it was started with.
 *
 * <p>Life cycle: a {@link SubmissionStatus#DRAFT draft} is edited by the organization's members
 * (each save checks the version they edited, so co-applicants never overwrite each other) and
 * {@link #submit submitted} before the deadline with a receipt number; it may be {@link #withdraw
 * withdrawn} before the deadline. Screening marks it eligible, ineligible, or asks for more
 * information, which reopens it for editing until a date; submitting again makes a new revision.
 *
 * <p>In a two-stage call it starts as a letter of intent ({@link ApplicationStage#INTENT}) due by
 * the call's intent deadline; officers {@link #invite invite} the organizations they want a full
 * proposal from, which turns it into a proposal draft on the proposal form, with the letter kept.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private FundingCall call;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_version_id")
    private FormVersion formVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStage stage;

    /** The letter of intent once the organization is invited to propose: its form and answers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "intent_form_version_id")
    private FormVersion intentFormVersion;

    @Column(name = "intent_answers")
    private String intentAnswers;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(nullable = false)
    private String title;

    @Column(name = "requested_minor")
    private Long requestedMinor;

    @Column(nullable = false)
    private String answers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "receipt_no")
    private String receiptNo;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reopened_until")
    private Instant reopenedUntil;

    @Column(name = "screening_note")
    private String screeningNote;

    @Column(name = "screened_by")
    private String screenedBy;

    @Column(name = "screened_at")
    private Instant screenedAt;

    /** The eligibility results at the last submission, JSON. */
    private String eligibility;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<SubmissionRevision> revisions = new ArrayList<>();

    @Version
    private long version;

    protected Submission() {}

    public Submission(
            FundingCall call,
            Organization organization,
            FormVersion formVersion,
            String title,
            String by,
            Instant now) {
        this.call = call;
        this.organization = organization;
        this.formVersion = formVersion;
        this.stage = formVersion.purpose();
        this.title = title;
        this.answers = "{}";
        this.status = SubmissionStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Whether applicants may change it now: a draft before the deadline, or reopened until its date. */
    public boolean editableAt(Instant now) {
        return switch (status) {
            case DRAFT ->
                stage == ApplicationStage.INTENT ? call.acceptsIntentsAt(now) : call.acceptsSubmissionsAt(now);
            case MORE_INFO_REQUESTED -> reopenedUntil != null && now.isBefore(reopenedUntil);
            default -> false;
        };
    }

    public void saveDraft(
            String newTitle, String newCategory, String newAnswers, Long requested, String by, Instant now) {
        requireEditable(now);
        this.title = newTitle;
        this.categoryCode = newCategory;
        this.answers = newAnswers;
        this.requestedMinor = requested;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Submits what is saved; a new revision keeps it as it was. */
    public SubmissionRevision submit(String receipt, String eligibilityResults, String by, Instant now) {
        requireEditable(now);
        if (receiptNo == null) {
            receiptNo = receipt;
        }
        status = SubmissionStatus.SUBMITTED;
        submittedAt = now;
        reopenedUntil = null;
        eligibility = eligibilityResults;
        updatedBy = by;
        updatedAt = now;
        SubmissionRevision revision = new SubmissionRevision(this, revisions.size() + 1, by, now);
        revisions.add(revision);
        return revision;
    }

    public boolean withdrawableAt(Instant now) {
        return (status == SubmissionStatus.DRAFT || status == SubmissionStatus.SUBMITTED)
                && (stage == ApplicationStage.INTENT ? call.acceptsIntentsAt(now) : call.acceptsSubmissionsAt(now));
    }

    public void withdraw(String by, Instant now) {
        if (!withdrawableAt(now)) {
            throw new IllegalStateException("a " + status + " submission cannot be withdrawn now");
        }
        status = SubmissionStatus.WITHDRAWN;
        updatedBy = by;
        updatedAt = now;
    }

    /** Submitted, or reopened for more information whose date passed without a new submission. */
    public boolean awaitsScreeningAt(Instant now) {
        return status == SubmissionStatus.SUBMITTED
                || (status == SubmissionStatus.MORE_INFO_REQUESTED
                        && reopenedUntil != null
                        && !now.isBefore(reopenedUntil));
    }

    /** Whether it was ever submitted: officers see nothing of applications that never were. */
    public boolean wasSubmitted() {
        return submittedAt != null;
    }

    /** Records the screening decision; asking for more information reopens it until {@code until}. */
    public void screen(SubmissionStatus outcome, String note, Instant until, String officer, Instant now) {
        if (!awaitsScreeningAt(now)) {
            throw new IllegalStateException("only a submitted application can be screened, this one is " + status);
        }
        if (outcome != SubmissionStatus.ELIGIBLE
                && outcome != SubmissionStatus.INELIGIBLE
                && outcome != SubmissionStatus.MORE_INFO_REQUESTED) {
            throw new IllegalArgumentException("not a screening outcome: " + outcome);
        }
        status = outcome;
        screeningNote = note;
        screenedBy = officer;
        screenedAt = now;
        reopenedUntil = outcome == SubmissionStatus.MORE_INFO_REQUESTED ? until : null;
    }

    /**
     * Invites a submitted letter of intent to a full proposal: it becomes a proposal draft on
     * {@code proposalForm}, keeping the letter, and starting with the letter's answers to the
     * questions both forms share.
     */
    public void invite(FormVersion proposalForm, String carriedAnswers, String note, String officer, Instant now) {
        if (stage != ApplicationStage.INTENT || !awaitsScreeningAt(now)) {
            throw new IllegalStateException("only a submitted letter of intent can be invited, this one is " + status);
        }
        intentFormVersion = formVersion;
        intentAnswers = answers;
        formVersion = proposalForm;
        answers = carriedAnswers;
        stage = ApplicationStage.PROPOSAL;
        status = SubmissionStatus.DRAFT;
        invitedAt = now;
        screeningNote = note;
        screenedBy = officer;
        screenedAt = now;
        reopenedUntil = null;
        updatedBy = officer;
        updatedAt = now;
    }

    /** When what it is now due by closes: the intent deadline for a letter, else the call's deadline. */
    public Instant dueAt() {
        if (status == SubmissionStatus.MORE_INFO_REQUESTED) {
            return reopenedUntil;
        }
        return stage == ApplicationStage.INTENT ? call.intentDeadlineAt() : call.deadlineAt();
    }

    private void requireEditable(Instant now) {
        if (!editableAt(now)) {
            throw new IllegalStateException("the submission cannot be changed now");
        }
    }

    public Long id() {
        return id;
    }

    public FundingCall call() {
        return call;
    }

    public Organization organization() {
        return organization;
    }

    public FormVersion formVersion() {
        return formVersion;
    }

    public ApplicationStage stage() {
        return stage;
    }

    public FormVersion intentFormVersion() {
        return intentFormVersion;
    }

    public String intentAnswers() {
        return intentAnswers;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String title() {
        return title;
    }

    public Long requestedMinor() {
        return requestedMinor;
    }

    public String answers() {
        return answers;
    }

    public SubmissionStatus status() {
        return status;
    }

    public String receiptNo() {
        return receiptNo;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant reopenedUntil() {
        return reopenedUntil;
    }

    public String screeningNote() {
        return screeningNote;
    }

    public String screenedBy() {
        return screenedBy;
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public String eligibility() {
        return eligibility;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<SubmissionRevision> revisions() {
        return List.copyOf(revisions);
    }

    public long version() {
        return version;
    }
}

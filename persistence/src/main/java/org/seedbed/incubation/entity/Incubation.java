package org.seedbed.incubation.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.organization.entity.Organization;

/**
 * One organization's way through one incubator: the aggregate root of its services, milestones
 * and capacity assessments.
 *
 * <p>Life cycle: an organization {@link IncubationStatus#APPLIED applies} (入园申请); an officer
 * {@link #admit admits} it under an agreement (period, mentor, workstation) or {@link #decline
 * declines} with a reason; the applicant may {@link #withdraw} first. While {@link
 * IncubationStatus#INCUBATING} (在孵) services, milestones and assessments are recorded; it ends
 * with {@link #graduate graduation} (出壳), which needs a final assessment, or an {@link #exit}
 * with a reason.
 */
@Entity
@Table(name = "incubation")
@NamedQuery(
        name = Incubation.ENDING_UNREMINDED,
        query = "select i from Incubation i where i.status = org.seedbed.incubation.entity.IncubationStatus.INCUBATING"
                + " and i.agreementEnd <= :horizon and i.remindedAt is null")
public class Incubation {

    public static final String ENDING_UNREMINDED = "Incubation.endingUnreminded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incubator_id")
    private Incubator incubator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncubationStatus status;

    @Column(nullable = false)
    private String motivation;

    private String needs;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false)
    private String appliedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "agreement_start")
    private LocalDate agreementStart;

    @Column(name = "agreement_end")
    private LocalDate agreementEnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private UserAccount mentor;

    private String workstation;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_reason")
    private String closeReason;

    @OneToMany(mappedBy = "incubation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("providedOn desc, id desc")
    private List<ServiceRecord> services = new ArrayList<>();

    @OneToMany(mappedBy = "incubation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn, id")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "incubation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assessedOn, id")
    private List<CapacityAssessment> assessments = new ArrayList<>();

    @Version
    private long version;

    protected Incubation() {}

    public Incubation(
            Organization organization,
            Incubator incubator,
            String motivation,
            String needs,
            String applicant,
            Instant now) {
        this.organization = organization;
        this.incubator = incubator;
        this.motivation = motivation;
        this.needs = needs;
        this.appliedBy = applicant;
        this.appliedAt = now;
        this.status = IncubationStatus.APPLIED;
    }

    public void admit(
            LocalDate start,
            LocalDate end,
            UserAccount assignedMentor,
            String desk,
            String officer,
            String note,
            Instant now) {
        require(IncubationStatus.APPLIED);
        status = IncubationStatus.INCUBATING;
        agreementStart = start;
        agreementEnd = end;
        mentor = assignedMentor;
        workstation = desk;
        decide(officer, note, now);
    }

    public void decline(String officer, String reason, Instant now) {
        require(IncubationStatus.APPLIED);
        status = IncubationStatus.DECLINED;
        decide(officer, reason, now);
    }

    public void withdraw(Instant now) {
        require(IncubationStatus.APPLIED);
        status = IncubationStatus.WITHDRAWN;
        closedAt = now;
    }

    /** Changes the agreement of a running incubation: an extension, another mentor, another desk. */
    public void amendAgreement(LocalDate newEnd, UserAccount newMentor, String newWorkstation) {
        require(IncubationStatus.INCUBATING);
        if (!newEnd.equals(agreementEnd)) {
            remindedAt = null;
        }
        agreementEnd = newEnd;
        mentor = newMentor;
        workstation = newWorkstation;
    }

    public ServiceRecord recordService(
            IncubationService service, LocalDate providedOn, BigDecimal hours, String note, String by, Instant now) {
        require(IncubationStatus.INCUBATING);
        ServiceRecord record = new ServiceRecord(this, service, providedOn, hours, note, by, now);
        services.add(record);
        return record;
    }

    public Milestone planMilestone(String title, LocalDate dueOn) {
        require(IncubationStatus.INCUBATING);
        Milestone milestone = new Milestone(this, title, dueOn);
        milestones.add(milestone);
        return milestone;
    }

    public Optional<Milestone> milestone(long milestoneId) {
        return milestones.stream().filter(m -> m.id() == milestoneId).findFirst();
    }

    public CapacityAssessment assess(
            AssessmentKind kind,
            LocalDate on,
            Map<String, Integer> scores,
            String comment,
            String assessor,
            Instant now) {
        require(IncubationStatus.INCUBATING);
        CapacityAssessment assessment = new CapacityAssessment(this, kind, on, scores, comment, assessor, now);
        assessments.add(assessment);
        return assessment;
    }

    /** Graduation (出壳) follows the final assessment, recorded in the same step. */
    public void graduate(String note, Instant now) {
        require(IncubationStatus.INCUBATING);
        if (assessments.stream().noneMatch(a -> a.kind() == AssessmentKind.FINAL)) {
            throw new IllegalStateException("graduation needs a final assessment");
        }
        status = IncubationStatus.GRADUATED;
        closedAt = now;
        closeReason = note;
        workstation = null;
    }

    public void exit(String reason, Instant now) {
        require(IncubationStatus.INCUBATING);
        status = IncubationStatus.EXITED;
        closedAt = now;
        closeReason = reason;
        workstation = null;
    }

    public void markReminded(Instant now) {
        remindedAt = now;
    }

    private void decide(String officer, String note, Instant now) {
        decidedBy = officer;
        decidedAt = now;
        decisionNote = note;
    }

    private void require(IncubationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("expected " + expected + " but the incubation is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public Incubator incubator() {
        return incubator;
    }

    public IncubationStatus status() {
        return status;
    }

    public String motivation() {
        return motivation;
    }

    public String needs() {
        return needs;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public String appliedBy() {
        return appliedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public LocalDate agreementStart() {
        return agreementStart;
    }

    public LocalDate agreementEnd() {
        return agreementEnd;
    }

    public UserAccount mentor() {
        return mentor;
    }

    public String workstation() {
        return workstation;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closeReason() {
        return closeReason;
    }

    public List<ServiceRecord> services() {
        return List.copyOf(services);
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<CapacityAssessment> assessments() {
        return List.copyOf(assessments);
    }

    public long version() {
        return version;
    }
}

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.seedbed.account.entity.UserAccount;

/**
 * A grant's mid-term or final evaluation (中期评估/结项评估), one of each at most. It is assigned to
 * a user, often of a third-party evaluator (第三方评估机构) whose name is kept with it, or left to
 * any officer. Scores by rubric dimension and bonus or penalty adjustments (加分项/扣分项) are
 * saved as JSON while the evaluator works; on submission the total computed from the rubric is
 * fixed together with whether it reached the pass mark, which is copied from the rubric when the
 * evaluation is assigned so that a later change of the rubric does not turn a pass into a fail.
 */
@Entity
@Table(name = "grant_evaluation")
public class Evaluation {

    public enum Status {
        ASSIGNED,
        SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationStage stage;

    /** 1 for the stage's evaluation, 2 and on for re-evaluations after a failed one. */
    @Column(nullable = false)
    private int attempt;

    /** What the organization put right (整改) before a re-evaluation; null on a first attempt. */
    private String rectification;

    /** Null when any officer may evaluate. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evaluator_user_id")
    private UserAccount evaluator;

    /** The third-party evaluator organization the evaluator works for; null for officers. */
    @Column(name = "evaluator_organization")
    private String evaluatorOrganization;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String scores;

    @Column(nullable = false)
    private String adjustments;

    private BigDecimal total;

    @Column(name = "pass_mark", nullable = false)
    private BigDecimal passMark;

    private Boolean passed;

    private String comments;

    @Column(name = "evidence_key")
    private String evidenceKey;

    @Column(name = "evidence_name")
    private String evidenceName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected Evaluation() {}

    public Evaluation(
            Grant grant,
            EvaluationStage stage,
            UserAccount evaluator,
            String evaluatorOrganization,
            LocalDate dueOn,
            BigDecimal passMark,
            String by,
            Instant now) {
        this.grant = grant;
        this.stage = stage;
        this.attempt = 1;
        this.passMark = passMark;
        this.status = Status.ASSIGNED;
        this.scores = "{}";
        this.adjustments = "[]";
        assign(evaluator, evaluatorOrganization, dueOn, by, now);
    }

    /**
     * The next attempt at a stage whose latest evaluation failed, after the organization put right
     * what {@code rectification} describes; the failed one stays on record.
     */
    public static Evaluation reevaluation(
            Evaluation failed,
            String rectification,
            UserAccount evaluator,
            String evaluatorOrganization,
            LocalDate dueOn,
            String by,
            Instant now) {
        if (failed.status != Status.SUBMITTED || !Boolean.FALSE.equals(failed.passed)) {
            throw new IllegalStateException("only a failed evaluation is evaluated again");
        }
        Evaluation next = new Evaluation(
                failed.grant, failed.stage, evaluator, evaluatorOrganization, dueOn, failed.passMark, by, now);
        next.attempt = failed.attempt + 1;
        next.rectification = rectification;
        return next;
    }

    /** Hands the evaluation to someone else, or changes its date, while it is not submitted. */
    public void reassign(UserAccount evaluator, String evaluatorOrganization, LocalDate dueOn, String by, Instant now) {
        requireAssigned();
        assign(evaluator, evaluatorOrganization, dueOn, by, now);
    }

    private void assign(UserAccount evaluator, String evaluatorOrganization, LocalDate dueOn, String by, Instant now) {
        this.evaluator = evaluator;
        this.evaluatorOrganization = evaluatorOrganization;
        this.dueOn = dueOn;
        this.assignedBy = by;
        this.assignedAt = now;
    }

    public void save(String scoresJson, String adjustmentsJson, String comments) {
        requireAssigned();
        this.scores = scoresJson;
        this.adjustments = adjustmentsJson;
        this.comments = comments;
    }

    public void attachEvidence(String key, String name) {
        evidenceKey = key;
        evidenceName = name;
    }

    /** {@code total} is the rubric's total of the saved scores and adjustments. */
    public void submit(BigDecimal total, String by, Instant now) {
        requireAssigned();
        this.total = total;
        this.passed = total.compareTo(passMark) >= 0;
        this.submittedBy = by;
        this.submittedAt = now;
        this.status = Status.SUBMITTED;
    }

    private void requireAssigned() {
        if (status != Status.ASSIGNED) {
            throw new IllegalStateException("a submitted evaluation is locked");
        }
    }

    public Long id() {
        return id;
    }

    public Grant grant() {
        return grant;
    }

    public EvaluationStage stage() {
        return stage;
    }

    public int attempt() {
        return attempt;
    }

    public String rectification() {
        return rectification;
    }

    public UserAccount evaluator() {
        return evaluator;
    }

    public String evaluatorOrganization() {
        return evaluatorOrganization;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String scores() {
        return scores;
    }

    public String adjustments() {
        return adjustments;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal passMark() {
        return passMark;
    }

    /** Null until submitted. */
    public Boolean passed() {
        return passed;
    }

    public String comments() {
        return comments;
    }

    public String evidenceKey() {
        return evidenceKey;
    }

    public String evidenceName() {
        return evidenceName;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public long version() {
        return version;
    }
}

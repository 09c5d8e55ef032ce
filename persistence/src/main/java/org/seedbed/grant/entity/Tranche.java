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

/**
 * One disbursement of a grant (分期拨付), in the grant's currency, with the conditions that have to
 * be met before it is paid: a signed agreement, an approved report, a passed evaluation. Whether
 * they are met is decided outside, where reports and evaluations are at hand; the tranche records
 * what was decided.
 */
@Entity
@Table(name = "grant_tranche")
public class Tranche {

    public enum Status {
        PLANNED,
        RELEASED,
        HELD,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    /** 1 for the first payment, then 2, 3… */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private BigDecimal percent;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "needs_agreement", nullable = false)
    private boolean needsAgreement;

    @Column(name = "needs_report", nullable = false)
    private boolean needsReport;

    @Enumerated(EnumType.STRING)
    @Column(name = "needs_evaluation")
    private EvaluationStage needsEvaluation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "held_reason")
    private String heldReason;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Version
    private long version;

    protected Tranche() {}

    public Tranche(
            Grant grant,
            int position,
            BigDecimal percent,
            long amountMinor,
            boolean needsAgreement,
            boolean needsReport,
            EvaluationStage needsEvaluation) {
        this.grant = grant;
        this.position = position;
        this.percent = percent;
        this.amountMinor = amountMinor;
        this.needsAgreement = needsAgreement;
        this.needsReport = needsReport;
        this.needsEvaluation = needsEvaluation;
        this.status = Status.PLANNED;
    }

    /** A held tranche may be released directly once the officer is satisfied. */
    public void release(String by, Instant now) {
        if (status != Status.PLANNED && status != Status.HELD) {
            throw new IllegalStateException("a " + status + " tranche cannot be released");
        }
        status = Status.RELEASED;
        heldReason = null;
        releasedBy = by;
        releasedAt = now;
    }

    public void hold(String reason) {
        require(Status.PLANNED);
        status = Status.HELD;
        heldReason = reason;
    }

    public void unhold() {
        require(Status.HELD);
        status = Status.PLANNED;
        heldReason = null;
    }

    public void cancel() {
        if (status != Status.PLANNED && status != Status.HELD) {
            throw new IllegalStateException("a " + status + " tranche cannot be cancelled");
        }
        status = Status.CANCELLED;
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("expected " + expected + " but the tranche is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Grant grant() {
        return grant;
    }

    public int position() {
        return position;
    }

    public BigDecimal percent() {
        return percent;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public boolean needsAgreement() {
        return needsAgreement;
    }

    public boolean needsReport() {
        return needsReport;
    }

    /** The evaluation that must have been passed first, or null. */
    public EvaluationStage needsEvaluation() {
        return needsEvaluation;
    }

    public Status status() {
        return status;
    }

    public String heldReason() {
        return heldReason;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public long version() {
        return version;
    }
}

package org.seedbed.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.seedbed.submission.entity.Submission;

/**
 * The officers' decision on an application after review: funded with an amount (minor units of
 * the call's currency), on the reserve list, or declined with a reason. It becomes final when the
 * public notice closes without open objections; until then it may be changed.
 */
@Entity
@Table(name = "funding_decision")
public class FundingDecision {

    public enum Outcome {
        FUNDED,
        RESERVE,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "amount_minor")
    private Long amountMinor;

    private String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "final", nullable = false)
    private boolean finalized;

    @Version
    private long version;

    protected FundingDecision() {}

    public FundingDecision(Submission submission) {
        this.submission = submission;
    }

    public void decide(Outcome outcome, Long amountMinor, String reason, String by, Instant now) {
        if (finalized) {
            throw new IllegalStateException("a final decision cannot change");
        }
        this.outcome = outcome;
        this.amountMinor = outcome == Outcome.FUNDED ? amountMinor : null;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public void makeFinal() {
        finalized = true;
    }

    public Long id() {
        return id;
    }

    public Submission submission() {
        return submission;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Long amountMinor() {
        return amountMinor;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean isFinal() {
        return finalized;
    }

    public long version() {
        return version;
    }
}

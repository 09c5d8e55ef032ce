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
import org.seedbed.call.entity.FundingCall;
import org.seedbed.money.Money;
import org.seedbed.organization.entity.Organization;
import org.seedbed.submission.entity.Submission;

/**
 * A funded application turned into a project grant (资助项目), the root of everything that
 * follows the award. It waits for its agreement (签约), is active while the project runs, may be
 * held while a problem is looked into, and ends either closed after the final evaluation or
 * terminated, in which case part of the money paid out may be claimed back and its recovery
 * recorded as it comes in.
 */
@Entity
@Table(name = "project_grant")
public class Grant {

    public enum Status {
        AGREEMENT_PENDING,
        ACTIVE,
        HELD,
        TERMINATED,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private FundingCall call;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false)
    private String title;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "terminated_at")
    private Instant terminatedAt;

    @Column(name = "termination_reason")
    private String terminationReason;

    @Column(name = "clawback_minor")
    private Long clawbackMinor;

    @Column(name = "recovered_minor", nullable = false)
    private long recoveredMinor;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Grant() {}

    public Grant(
            Submission submission,
            long amountMinor,
            String currency,
            LocalDate startsOn,
            LocalDate endsOn,
            String by,
            Instant now) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("a grant needs a positive amount, not " + amountMinor);
        }
        this.submission = submission;
        this.call = submission.call();
        this.organization = submission.organization();
        this.title = submission.title();
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = by;
        this.createdAt = now;
        this.status = Status.AGREEMENT_PENDING;
    }

    /** Once the agreement is signed by both sides. */
    public void activate() {
        require(Status.AGREEMENT_PENDING);
        status = Status.ACTIVE;
    }

    /** Stops payments while a problem is looked into; the project itself may go on. */
    public void hold() {
        require(Status.ACTIVE);
        status = Status.HELD;
    }

    public void resume() {
        require(Status.HELD);
        status = Status.ACTIVE;
    }

    /**
     * Ends the grant early. {@code clawbackMinor} is what the organization has to pay back (zero
     * when nothing is claimed); what comes back is recorded with {@link #recordRecovery(long)}.
     */
    public void terminate(String reason, long clawbackMinor, Instant now) {
        if (status == Status.CLOSED || status == Status.TERMINATED) {
            throw new IllegalStateException("a " + status + " grant cannot be terminated");
        }
        if (clawbackMinor < 0) {
            throw new IllegalArgumentException("a clawback cannot be negative: " + clawbackMinor);
        }
        status = Status.TERMINATED;
        terminationReason = reason;
        this.clawbackMinor = clawbackMinor;
        terminatedAt = now;
    }

    /** Money paid back after a termination; recoveries never add up to more than was claimed. */
    public void recordRecovery(long minor) {
        if (minor <= 0) {
            throw new IllegalArgumentException("a recovery must be positive, not " + minor);
        }
        if (clawbackMinor == null) {
            throw new IllegalStateException("nothing was claimed back from this grant");
        }
        if (recoveredMinor + minor > clawbackMinor) {
            throw new IllegalStateException("recoveries would exceed the clawback of " + clawbackMinor);
        }
        recoveredMinor += minor;
    }

    /** After the final evaluation. */
    public void close(Instant now) {
        require(Status.ACTIVE);
        status = Status.CLOSED;
        closedAt = now;
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("expected " + expected + " but the grant is " + status);
        }
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public Long id() {
        return id;
    }

    public Submission submission() {
        return submission;
    }

    public FundingCall call() {
        return call;
    }

    public Organization organization() {
        return organization;
    }

    public String title() {
        return title;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public Status status() {
        return status;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant terminatedAt() {
        return terminatedAt;
    }

    public String terminationReason() {
        return terminationReason;
    }

    public Long clawbackMinor() {
        return clawbackMinor;
    }

    public long recoveredMinor() {
        return recoveredMinor;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}

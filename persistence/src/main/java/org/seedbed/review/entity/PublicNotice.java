package org.seedbed.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.seedbed.call.entity.FundingCall;

/**
 * The public notice (公示) of a call's proposed awards: open to objections from {@code opensAt}
 * until {@code closesAt}; after it closes with no open objection, the decisions become final.
 */
@Entity
@Table(name = "public_notice")
public class PublicNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private FundingCall call;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    protected PublicNotice() {}

    public PublicNotice(FundingCall call, Instant opensAt, Instant closesAt, String publishedBy) {
        this.call = call;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.publishedBy = publishedBy;
    }

    public boolean openAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Moves the window's end, e.g. to the past in demos or to re-open it after an upheld objection. */
    public void closeAt(Instant closesAt) {
        this.closesAt = closesAt;
    }

    public void finalizeAt(Instant now) {
        finalizedAt = now;
    }

    public Long id() {
        return id;
    }

    public FundingCall call() {
        return call;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant finalizedAt() {
        return finalizedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.seedbed.call.entity.FundingCall;

/**
 * A call's review panel (评审委员会): how many experts review each application (overridable per
 * category, as JSON {@code {"ELDERLY":4}}), whether identities are hidden from experts (blind
 * review), and whether the assignments were released to the experts. Until released, officers
 * may recompute and adjust assignments freely; experts see nothing.
 */
@Entity
@Table(name = "review_panel")
public class ReviewPanel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private FundingCall call;

    @Column(name = "reviewers_needed", nullable = false)
    private int reviewersNeeded;

    @Column(name = "reviewers_by_category", nullable = false)
    private String reviewersByCategory;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "assignments_released", nullable = false)
    private boolean assignmentsReleased;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** Sheets of one application whose totals spread more than this (standard deviation) are flagged. */
    @Column(name = "disagreement_sd", nullable = false)
    private BigDecimal disagreementSd;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ReviewPanel() {}

    public ReviewPanel(FundingCall call, String createdBy, Instant now) {
        this.call = call;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.reviewersNeeded = 3;
        this.reviewersByCategory = "{}";
        this.disagreementSd = new BigDecimal("15");
    }

    public void configure(int reviewersNeeded, String reviewersByCategory, boolean blind, BigDecimal disagreementSd) {
        this.reviewersNeeded = reviewersNeeded;
        this.reviewersByCategory = reviewersByCategory;
        this.blind = blind;
        this.disagreementSd = disagreementSd;
    }

    public void release(Instant now) {
        assignmentsReleased = true;
        releasedAt = now;
    }

    public Long id() {
        return id;
    }

    public FundingCall call() {
        return call;
    }

    public int reviewersNeeded() {
        return reviewersNeeded;
    }

    public String reviewersByCategory() {
        return reviewersByCategory;
    }

    public boolean blind() {
        return blind;
    }

    public boolean assignmentsReleased() {
        return assignmentsReleased;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public BigDecimal disagreementSd() {
        return disagreementSd;
    }

    public long version() {
        return version;
    }
}

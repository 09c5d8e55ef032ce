package org.seedbed.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An officer's refund of a donation, with the reason and the provider's refund id. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donation_id")
    private Donation donation;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String reason;

    @Column(name = "provider_refund_id")
    private String providerRefundId;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected Refund() {}

    public Refund(Donation donation, long amountMinor, String reason, String requestedBy, Instant requestedAt) {
        this.donation = donation;
        this.amountMinor = amountMinor;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void providerRefund(String id) {
        this.providerRefundId = id;
    }

    public Long id() {
        return id;
    }

    public Donation donation() {
        return donation;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String reason() {
        return reason;
    }

    public String providerRefundId() {
        return providerRefundId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}

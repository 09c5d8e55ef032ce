package org.seedbed.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A payment of the sandbox provider, standing in for a Stripe Checkout Session with its payment
 * intent and charge: the donation flow re-reads it exactly as it re-reads Stripe's objects.
 */
@Entity
@Table(name = "sandbox_payment")
public class SandboxPayment {

    public enum Status {
        OPEN,
        PAID,
        FAILED,
        EXPIRED
    }

    @Id
    private String id;

    @Column(name = "donation_id", nullable = false)
    private long donationId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "payment_intent_id", nullable = false)
    private String paymentIntentId;

    @Column(name = "charge_id", nullable = false)
    private String chargeId;

    @Column(name = "card_fingerprint")
    private String cardFingerprint;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "dispute_status")
    private String disputeStatus;

    @Column(name = "fee_minor", nullable = false)
    private long feeMinor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SandboxPayment() {}

    public SandboxPayment(String id, long donationId, long amountMinor, String currency, Instant now) {
        this.id = id;
        this.donationId = donationId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.status = Status.OPEN;
        this.paymentIntentId = "sbx_pi_" + id.substring(id.lastIndexOf('_') + 1);
        this.chargeId = "sbx_ch_" + id.substring(id.lastIndexOf('_') + 1);
        this.createdAt = now;
    }

    public void pay(String fingerprint, long feeMinor) {
        requireOpen();
        this.status = Status.PAID;
        this.cardFingerprint = fingerprint;
        this.feeMinor = feeMinor;
    }

    public void decline() {
        requireOpen();
        this.status = Status.FAILED;
    }

    public void expire() {
        requireOpen();
        this.status = Status.EXPIRED;
    }

    public void refund(long amountMinor) {
        if (status != Status.PAID || refundedMinor + amountMinor > this.amountMinor) {
            throw new IllegalStateException("cannot refund " + amountMinor + " of a " + status + " payment");
        }
        refundedMinor += amountMinor;
    }

    public void dispute(String disputeStatus) {
        this.disputeStatus = disputeStatus;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("the sandbox payment is " + status);
        }
    }

    public String id() {
        return id;
    }

    public long donationId() {
        return donationId;
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

    public String paymentIntentId() {
        return paymentIntentId;
    }

    public String chargeId() {
        return chargeId;
    }

    public String cardFingerprint() {
        return cardFingerprint;
    }

    public long refundedMinor() {
        return refundedMinor;
    }

    public String disputeStatus() {
        return disputeStatus;
    }

    public long feeMinor() {
        return feeMinor;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

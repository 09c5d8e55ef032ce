package org.seedbed.campaign.entity;

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
import org.seedbed.account.entity.UserAccount;

/**
 * A gift to a campaign. It is pending from the moment the donor is sent to pay until the payment
 * provider's state says otherwise; the state is always re-read from the provider, so events may
 * come twice or out of order. Amounts are minor units of {@link #currency()}.
 */
@Entity
@Table(name = "donation")
public class Donation {

    public enum Status {
        PENDING,
        SUCCEEDED,
        FAILED,
        EXPIRED,
        REFUNDED,
        DISPUTED,
        DISPUTE_LOST;

        /** Whether the money is (still) the campaign's. */
        public boolean counts() {
            return this == SUCCEEDED || this == DISPUTED;
        }
    }

    public enum Provider {
        SANDBOX,
        STRIPE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String currency;

    @Column(name = "donor_name")
    private String donorName;

    @Column(name = "donor_email")
    private String donorEmail;

    private String message;

    @Column(nullable = false)
    private boolean anonymous;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "donor_user_id")
    private UserAccount donor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Provider provider;

    @Column(name = "checkout_session_id")
    private String checkoutSessionId;

    @Column(name = "checkout_url")
    private String checkoutUrl;

    @Column(name = "payment_intent_id")
    private String paymentIntentId;

    @Column(name = "charge_id")
    private String chargeId;

    @Column(name = "fee_minor", nullable = false)
    private long feeMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "matched_minor", nullable = false)
    private long matchedMinor;

    @Column(name = "client_ip")
    private String clientIp;

    @Column(name = "card_fingerprint")
    private String cardFingerprint;

    @Column(name = "fraud_flags")
    private String fraudFlags;

    @Column(name = "receipt_no")
    private String receiptNo;

    @Column(name = "receipt_token", nullable = false)
    private String receiptToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private long version;

    protected Donation() {}

    public Donation(
            Campaign campaign,
            long amountMinor,
            String currency,
            Donor donor,
            Provider provider,
            String receiptToken,
            Instant now) {
        this.campaign = campaign;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.donorName = donor.name();
        this.donorEmail = donor.email();
        this.message = donor.message();
        this.anonymous = donor.anonymous();
        this.donor = donor.account();
        this.clientIp = donor.clientIp();
        this.provider = provider;
        this.receiptToken = receiptToken;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** Who gives, as far as they say. */
    public record Donor(
            String name, String email, String message, boolean anonymous, UserAccount account, String clientIp) {}

    public void checkout(String sessionId, String url) {
        this.checkoutSessionId = sessionId;
        this.checkoutUrl = url;
    }

    /** The provider took the money; the receipt number is the city's next one. */
    public void succeed(String paymentIntentId, String chargeId, String fingerprint, long feeMinor, Instant now) {
        this.paymentIntentId = paymentIntentId;
        this.chargeId = chargeId;
        this.cardFingerprint = fingerprint;
        this.feeMinor = feeMinor;
        this.status = Status.SUCCEEDED;
        this.paidAt = now;
        this.settledAt = now;
    }

    public void receipt(String number) {
        this.receiptNo = number;
    }

    public void fail(Status end, Instant now) {
        if (end != Status.FAILED && end != Status.EXPIRED) {
            throw new IllegalArgumentException(end + " is not how a payment fails");
        }
        requirePending();
        this.status = end;
        this.settledAt = now;
    }

    public void matched(long matchedMinor) {
        this.matchedMinor = matchedMinor;
    }

    public void refunded(long refundedMinor, boolean whole) {
        this.refundedMinor = refundedMinor;
        if (whole) {
            this.status = Status.REFUNDED;
        }
    }

    public void disputed() {
        this.status = Status.DISPUTED;
    }

    public void disputeWon() {
        this.status = Status.SUCCEEDED;
    }

    public void disputeLost() {
        this.status = Status.DISPUTE_LOST;
    }

    public void flag(String flag) {
        if (fraudFlags == null || fraudFlags.isBlank()) {
            fraudFlags = flag;
        } else if (!(" " + fraudFlags + " ").contains(" " + flag + " ")) {
            fraudFlags = fraudFlags + " " + flag;
        }
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("a " + status + " donation is settled");
        }
    }

    public Long id() {
        return id;
    }

    public Campaign campaign() {
        return campaign;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public String donorName() {
        return donorName;
    }

    public String donorEmail() {
        return donorEmail;
    }

    public String message() {
        return message;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public UserAccount donor() {
        return donor;
    }

    public Status status() {
        return status;
    }

    public Provider provider() {
        return provider;
    }

    public String checkoutSessionId() {
        return checkoutSessionId;
    }

    public String checkoutUrl() {
        return checkoutUrl;
    }

    public String paymentIntentId() {
        return paymentIntentId;
    }

    public String chargeId() {
        return chargeId;
    }

    public long feeMinor() {
        return feeMinor;
    }

    public long refundedMinor() {
        return refundedMinor;
    }

    public long matchedMinor() {
        return matchedMinor;
    }

    public String clientIp() {
        return clientIp;
    }

    public String cardFingerprint() {
        return cardFingerprint;
    }

    public String fraudFlags() {
        return fraudFlags;
    }

    public String receiptNo() {
        return receiptNo;
    }

    public String receiptToken() {
        return receiptToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public long version() {
        return version;
    }
}

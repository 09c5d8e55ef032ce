package org.seedbed.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.SandboxPayment;
import org.seedbed.platform.SecretBox;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;

/**
 * The payment provider of cities without Stripe credentials: a clearly labelled local page where the
 * donor completes or declines the payment. Its payments are kept like Stripe's objects and every
 * change is announced as a signed event to the same webhook handler, so the donation flow is the
 * one Stripe drives.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    /** What the sandbox pretends the card network keeps: 0.6%, as Alipay and WeChat Pay charge. */
    static final long FEE_PER_MILLE = 6;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Event<SandboxEventDue> events;

    @Inject
    Clock clock;

    @Override
    public Checkout checkout(CheckoutRequest request) {
        String id = "sbx_cs_" + SecretBox.randomSecret("").replace('-', 'x').replace('_', 'y');
        em.persist(new SandboxPayment(
                id, request.donationId(), request.amountMinor(), request.currency(), Instant.now(clock)));
        return new Checkout(id, "/c/" + request.city() + "/pay/sandbox.xhtml?session=" + id);
    }

    @Override
    public PaymentSnapshot read(Donation donation) {
        SandboxPayment payment = em.find(SandboxPayment.class, donation.checkoutSessionId());
        if (payment == null) {
            return PaymentSnapshot.open();
        }
        return new PaymentSnapshot(
                switch (payment.status()) {
                    case OPEN -> PaymentSnapshot.State.OPEN;
                    case PAID -> PaymentSnapshot.State.PAID;
                    case FAILED -> PaymentSnapshot.State.FAILED;
                    case EXPIRED -> PaymentSnapshot.State.EXPIRED;
                },
                payment.amountMinor(),
                payment.currency(),
                payment.paymentIntentId(),
                payment.chargeId(),
                payment.cardFingerprint(),
                payment.feeMinor(),
                payment.refundedMinor(),
                payment.disputeStatus() == null
                        ? PaymentSnapshot.Dispute.NONE
                        : PaymentSnapshot.Dispute.valueOf(payment.disputeStatus()));
    }

    @Override
    public String refund(Donation donation, long amountMinor, String idempotencyKey) {
        SandboxPayment payment = locked(donation.checkoutSessionId());
        payment.refund(amountMinor);
        events.fire(new SandboxEventDue("charge.refunded", "charge", payment.chargeId(), donation.id()));
        return "sbx_re_" + idempotencyKey;
    }

    /** The donor pays on the sandbox page with a test card named by {@code card}. */
    public SandboxPayment pay(String sessionId, String card) {
        SandboxPayment payment = locked(sessionId);
        requireOpen(payment);
        payment.pay(fingerprint(card), payment.amountMinor() * FEE_PER_MILLE / 1000);
        events.fire(
                new SandboxEventDue("checkout.session.completed", "checkout.session", sessionId, payment.donationId()));
        return payment;
    }

    public SandboxPayment decline(String sessionId) {
        SandboxPayment payment = locked(sessionId);
        requireOpen(payment);
        payment.decline();
        events.fire(new SandboxEventDue(
                "payment_intent.payment_failed", "payment_intent", payment.paymentIntentId(), payment.donationId()));
        return payment;
    }

    /** Lets the session run out, as Stripe's do after 30 minutes; the sweeper does it for stale ones. */
    public void expire(String sessionId) {
        SandboxPayment payment = locked(sessionId);
        if (payment.status() == SandboxPayment.Status.OPEN) {
            payment.expire();
            events.fire(new SandboxEventDue(
                    "checkout.session.expired", "checkout.session", sessionId, payment.donationId()));
        }
    }

    /** Plays the card holder's bank: opens a dispute, or closes it as won or lost. */
    public void dispute(String sessionId, PaymentSnapshot.Dispute status) {
        SandboxPayment payment = locked(sessionId);
        payment.dispute(status.name());
        events.fire(new SandboxEventDue(
                status == PaymentSnapshot.Dispute.OPEN ? "charge.dispute.created" : "charge.dispute.closed",
                "dispute",
                "sbx_dp_" + payment.chargeId(),
                payment.donationId()));
    }

    public SandboxPayment find(String sessionId) {
        SandboxPayment payment = sessionId == null ? null : em.find(SandboxPayment.class, sessionId);
        if (payment == null) {
            throw new NotFoundException("payment", sessionId);
        }
        return payment;
    }

    private SandboxPayment locked(String sessionId) {
        SandboxPayment payment = find(sessionId);
        em.lock(payment, LockModeType.PESSIMISTIC_WRITE);
        return payment;
    }

    private static void requireOpen(SandboxPayment payment) {
        if (payment.status() != SandboxPayment.Status.OPEN) {
            throw new ConflictException("sandbox.notOpen");
        }
    }

    /** The same test card always has the same fingerprint, as a real card has with Stripe. */
    static String fingerprint(String card) {
        String digits = card == null ? "" : card.replaceAll("\\D", "");
        return "sbx_fp_" + Integer.toHexString((digits.isEmpty() ? "4242424242424242" : digits).hashCode());
    }
}

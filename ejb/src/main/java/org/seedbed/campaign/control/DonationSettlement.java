package org.seedbed.campaign.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.campaign.entity.Donation;

/**
 * Moves a donation to the state its payment has at the provider now: paid (match committed,
 * receipt numbered), failed or expired (match released), refunded or lost in a dispute (match
 * given back to the pool). Whatever event triggered it, however often and in whatever order, the
 * donation ends where the provider's state says, and only real changes are applied and audited.
 */
@Stateless
public class DonationSettlement {

    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    MatchReservations matches;

    @Inject
    CampaignTotals totals;

    @Inject
    FraudChecks fraud;

    @Inject
    AuditTrail audit;

    @Inject
    DonationMail mail;

    /** Applies {@code payment} to the donation; returns what changed, for the event log. */
    public String settle(Donation donation, PaymentSnapshot payment, Instant now, ZoneId zone) {
        if (payment.state() == PaymentSnapshot.State.PAID
                && (payment.amountMinor() != donation.amountMinor()
                        || !donation.currency().equalsIgnoreCase(payment.currency()))) {
            // Never count money that is not what the donor was asked for; an officer looks into it.
            if (donation.fraudFlags() != null && donation.fraudFlags().contains("AMOUNT_MISMATCH")) {
                return "amount mismatch, already flagged";
            }
            donation.flag("AMOUNT_MISMATCH");
            matches.release(donation, now);
            audit.record(
                    "donation.amountMismatch",
                    "donation",
                    donation.id(),
                    Map.of("amount", donation.amountMinor(), "currency", donation.currency()),
                    Map.of("amount", payment.amountMinor(), "currency", String.valueOf(payment.currency())));
            return "amount mismatch";
        }
        StringBuilder changes = new StringBuilder();
        if (donation.status() == Donation.Status.PENDING) {
            switch (payment.state()) {
                case PAID -> succeed(donation, payment, now, zone, changes);
                case FAILED, EXPIRED -> end(donation, payment.state(), now, changes);
                case OPEN -> {
                    return "still open";
                }
            }
        }
        if (donation.status().counts()) {
            refunds(donation, payment, now, changes);
        }
        if (donation.status().counts()) {
            disputes(donation, payment, now, changes);
        }
        return changes.isEmpty() ? "no change" : changes.toString().strip();
    }

    private void succeed(Donation donation, PaymentSnapshot payment, Instant now, ZoneId zone, StringBuilder changes) {
        donation.succeed(
                payment.paymentIntentId(), payment.chargeId(), payment.cardFingerprint(), payment.feeMinor(), now);
        List<String> flags = fraud.atPayment(donation, payment.cardFingerprint(), now);
        flags.forEach(donation::flag);
        long matched;
        if (flags.isEmpty() && !matchingStopped(donation)) {
            matched = matches.commit(donation, now);
        } else {
            matches.release(donation, now);
            matched = 0;
        }
        donation.matched(matched);
        donation.receipt(receiptNumber(now, zone));
        totals.add(donation.campaign().id(), donation.amountMinor(), matched, 1);
        audit.record(
                "donation.succeeded",
                "donation",
                donation.id(),
                Map.of("status", "PENDING"),
                Map.of(
                        "status", "SUCCEEDED",
                        "amount", donation.amountMinor(),
                        "matched", matched,
                        "fee", payment.feeMinor(),
                        "receipt", donation.receiptNo()));
        mail.thanks(donation);
        changes.append(" paid");
    }

    /** Flags found when the donation started (velocity, small repeats, blocked donor) keep it unmatched. */
    private boolean matchingStopped(Donation donation) {
        return donation.fraudFlags() != null && !donation.fraudFlags().isBlank();
    }

    private void end(Donation donation, PaymentSnapshot.State state, Instant now, StringBuilder changes) {
        Donation.Status end = state == PaymentSnapshot.State.FAILED ? Donation.Status.FAILED : Donation.Status.EXPIRED;
        donation.fail(end, now);
        long released = matches.release(donation, now);
        audit.record(
                "donation." + end.name().toLowerCase(java.util.Locale.ROOT),
                "donation",
                donation.id(),
                Map.of("status", "PENDING"),
                Map.of("status", end.name(), "matchReleased", released));
        changes.append(' ').append(end.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void refunds(Donation donation, PaymentSnapshot payment, Instant now, StringBuilder changes) {
        if (payment.refundedMinor() <= donation.refundedMinor()) {
            return;
        }
        long before = donation.refundedMinor();
        boolean whole = payment.refundedMinor() >= donation.amountMinor();
        long reversed = 0;
        long matchedBefore = donation.matchedMinor();
        donation.refunded(payment.refundedMinor(), whole);
        if (whole) {
            reversed = matches.reverse(donation, now);
            donation.matched(0);
            totals.add(donation.campaign().id(), -(donation.amountMinor() - before), -matchedBefore, -1);
        } else {
            // A partial refund keeps the match; officers see the flag and decide.
            donation.flag("PARTIAL_REFUND");
            totals.add(donation.campaign().id(), -(payment.refundedMinor() - before), 0, 0);
        }
        audit.record(
                "donation.refunded",
                "donation",
                donation.id(),
                Map.of("refunded", before, "matched", matchedBefore),
                Map.of(
                        "refunded",
                        payment.refundedMinor(),
                        "matchReversed",
                        reversed,
                        "status",
                        donation.status().name()));
        mail.refunded(donation);
        changes.append(" refunded");
    }

    private void disputes(Donation donation, PaymentSnapshot payment, Instant now, StringBuilder changes) {
        Donation.Status before = donation.status();
        switch (payment.dispute()) {
            case OPEN -> {
                if (before == Donation.Status.SUCCEEDED) {
                    donation.disputed();
                    fraud.block(donation, "dispute", now);
                }
            }
            case WON -> {
                if (before == Donation.Status.DISPUTED) {
                    donation.disputeWon();
                }
            }
            case LOST -> {
                fraud.block(donation, "dispute lost", now);
                long matchedBefore = donation.matchedMinor();
                long reversed = matches.reverse(donation, now);
                donation.matched(0);
                donation.disputeLost();
                totals.add(
                        donation.campaign().id(),
                        -(donation.amountMinor() - donation.refundedMinor()),
                        -matchedBefore,
                        -1);
                audit.record(
                        "donation.disputeLost",
                        "donation",
                        donation.id(),
                        Map.of("status", before.name(), "matched", matchedBefore),
                        Map.of("status", donation.status().name(), "matchReversed", reversed));
                changes.append(" dispute lost");
                return;
            }
            case NONE -> {
                return;
            }
        }
        if (donation.status() != before) {
            audit.record(
                    "donation.dispute",
                    "donation",
                    donation.id(),
                    Map.of("status", before.name()),
                    Map.of("status", donation.status().name()));
            changes.append(" dispute ").append(payment.dispute().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** R + the city's date + a number from the city's sequence: unique, in order, never reused. */
    private String receiptNumber(Instant now, ZoneId zone) {
        Number next = (Number)
                em.createNativeQuery("select nextval('donation_receipt_seq')").getSingleResult();
        return "R" + RECEIPT_DAY.format(now.atZone(zone)) + String.format("%06d", next.longValue());
    }
}

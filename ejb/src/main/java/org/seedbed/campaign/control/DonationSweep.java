package org.seedbed.campaign.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.organization.control.CityCalendar;

/**
 * Releases stale reservations: a donation still pending when its hold ran out is re-read from the
 * provider; one that was paid meanwhile is settled (an event was lost), one still unpaid gives its
 * match back (the sandbox expires it like Stripe does; a Stripe session expires on its own).
 */
@Stateless
public class DonationSweep {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Gateways gateways;

    @Inject
    DonationSettlement settlement;

    @Inject
    MatchReservations matches;

    @Inject
    SandboxGateway sandbox;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** Pending donations older than the hold, oldest first. */
    public List<Long> stale() {
        return em.createQuery(
                        "select d.id from Donation d where d.status = :pending and d.createdAt < :before"
                                // Mismatched amounts wait for an officer, not for the sweeper.
                                + " and (d.fraudFlags is null or d.fraudFlags not like '%AMOUNT_MISMATCH%')"
                                + " order by d.createdAt",
                        Long.class)
                .setParameter("pending", Donation.Status.PENDING)
                .setParameter("before", Instant.now(clock).minus(MatchReservations.HOLD))
                .setMaxResults(500)
                .getResultList();
    }

    /** Sweeps one donation in its own transaction; returns whether anything was given back or settled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sweep(long donationId) {
        Donation donation = em.find(Donation.class, donationId, LockModeType.PESSIMISTIC_WRITE);
        if (donation == null || donation.status() != Donation.Status.PENDING) {
            return false;
        }
        Instant now = Instant.now(clock);
        if (donation.checkoutSessionId() == null) {
            // The provider never opened a page for it.
            donation.fail(Donation.Status.EXPIRED, now);
            matches.release(donation, now);
            return true;
        }
        PaymentSnapshot payment = gateways.of(donation.provider()).read(donation);
        if (payment.state() != PaymentSnapshot.State.OPEN) {
            settlement.settle(donation, payment, now, calendar.zone());
            return true;
        }
        if (donation.provider() == Donation.Provider.SANDBOX) {
            sandbox.expire(donation.checkoutSessionId());
            return true;
        }
        return matches.release(donation, now) > 0;
    }
}

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
import java.util.Map;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.platform.SecretBox;

/**
 * The steps of starting a donation, each in its own short transaction so that no pool row stays
 * locked while the payment provider is called: record the donation and reserve its match; attach
 * the provider's payment page; or give the match back if the provider could not be reached.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DonationIntake {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    MatchReservations matches;

    @Inject
    FraudChecks fraud;

    @Inject
    Gateways gateways;

    @Inject
    CityCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The donation recorded, its fraud flags, and the match reserved for it. */
    public record Opened(long donationId, String receiptToken, long reservedMinor, List<String> flags) {}

    public Opened open(long campaignId, long amountMinor, Donation.Donor donor, Donation.Provider provider) {
        Instant now = Instant.now(clock);
        Campaign campaign = em.find(Campaign.class, campaignId);
        Donation donation = new Donation(
                campaign, amountMinor, campaign.currency(), donor, provider, SecretBox.randomSecret("rc_"), now);
        em.persist(donation);
        em.flush();
        List<String> flags = fraud.atStart(donation, now);
        flags.forEach(donation::flag);
        long reserved =
                flags.isEmpty() ? matches.reserve(donation, FraudChecks.donorKey(donation), now, calendar.zone()) : 0;
        audit.record(
                "donation.started",
                "donation",
                donation.id(),
                null,
                Map.of(
                        "campaign", campaignId,
                        "amount", amountMinor,
                        "matchReserved", reserved,
                        "flags", String.join(" ", flags)));
        return new Opened(donation.id(), donation.receiptToken(), reserved, flags);
    }

    /** Opens the provider's payment page for the donation and remembers it. */
    public PaymentGateway.Checkout checkout(
            long donationId, Donation.Provider provider, PaymentGateway.CheckoutRequest request) {
        PaymentGateway.Checkout checkout = gateways.of(provider).checkout(request);
        em.find(Donation.class, donationId).checkout(checkout.sessionId(), checkout.url());
        return checkout;
    }

    /** The provider could not open a payment page: the donation fails and its match goes back. */
    public void abandon(long donationId) {
        Donation donation = em.find(Donation.class, donationId, LockModeType.PESSIMISTIC_WRITE);
        if (donation.status() == Donation.Status.PENDING) {
            donation.fail(Donation.Status.FAILED, Instant.now(clock));
            matches.release(donation, Instant.now(clock));
        }
    }
}

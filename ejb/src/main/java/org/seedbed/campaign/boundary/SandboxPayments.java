package org.seedbed.campaign.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.seedbed.campaign.control.PaymentConfig;
import org.seedbed.campaign.control.PaymentSnapshot;
import org.seedbed.campaign.control.SandboxGateway;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.SandboxPayment;
import org.seedbed.money.Money;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;

/**
 * The sandbox payment page of cities without Stripe: the donor completes or declines the payment
 * with a test card; officers can play the card holder's bank to try disputes. Its changes reach
 * the donation only through signed events to the webhook handler, as Stripe's do.
 */
@Stateless
@PermitAll
public class SandboxPayments {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    SandboxGateway sandbox;

    @Inject
    PaymentConfig config;

    public SandboxPaymentView get(String sessionId) {
        return view(sandbox.find(sessionId));
    }

    public SandboxPaymentView pay(String sessionId, String cardNumber) {
        return view(sandbox.pay(sessionId, cardNumber));
    }

    public SandboxPaymentView decline(String sessionId) {
        return view(sandbox.decline(sessionId));
    }

    /** Officers try what a dispute does: OPEN, then WON or LOST. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public void dispute(long donationId, PaymentSnapshot.Dispute status) {
        Donation donation = em.find(Donation.class, donationId);
        if (donation == null || donation.provider() != Donation.Provider.SANDBOX) {
            throw new NotFoundException("donation", donationId);
        }
        if (donation.paidAt() == null || status == null || status == PaymentSnapshot.Dispute.NONE) {
            throw new ConflictException("sandbox.notOpen");
        }
        sandbox.dispute(donation.checkoutSessionId(), status);
    }

    private SandboxPaymentView view(SandboxPayment payment) {
        Donation donation = em.find(Donation.class, payment.donationId());
        return new SandboxPaymentView(
                payment.id(),
                donation.campaign().id(),
                donation.campaign().titleZh(),
                Money.ofMinor(payment.amountMinor(), payment.currency()).major(),
                payment.currency(),
                payment.status(),
                donation.receiptToken());
    }
}

package org.seedbed.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Picks the payment provider: for a new donation, Stripe when the city has its keys, else the
 * sandbox; for an existing donation, the provider it was made with.
 */
@ApplicationScoped
public class Gateways {

    @Inject
    PaymentConfig config;

    @Inject
    StripeClients stripeClients;

    @Inject
    SandboxGateway sandbox;

    public Donation.Provider forNewDonation() {
        return config.stripe() ? Donation.Provider.STRIPE : Donation.Provider.SANDBOX;
    }

    public PaymentGateway of(Donation.Provider provider) {
        if (provider == Donation.Provider.SANDBOX) {
            return sandbox;
        }
        if (config.settings().stripeSecretKey() == null) {
            throw new PaymentProviderException("reach Stripe", new IllegalStateException("the city has no Stripe key"));
        }
        return new StripeGateway(stripeClients.of(TenantContext.currentOrPlatform(), config.stripeSecretKey()));
    }
}

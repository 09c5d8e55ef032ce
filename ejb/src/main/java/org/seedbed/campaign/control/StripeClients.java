package org.seedbed.campaign.control;

import com.stripe.StripeClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seedbed.platform.Settings;

/**
 * One {@link StripeClient} per city and secret key, so that each city pays into its own Stripe
 * account and a changed key takes effect at once. {@code SEEDBED_STRIPE_API_BASE} points every
 * client at another address of the Stripe API (the tests' local stand-in).
 */
@ApplicationScoped
public class StripeClients {

    private record Keyed(String secretKey, StripeClient client) {}

    private final Map<String, Keyed> byCity = new ConcurrentHashMap<>();

    public StripeClient of(String city, String secretKey) {
        Keyed keyed = byCity.compute(
                city,
                (c, known) -> known != null && known.secretKey().equals(secretKey)
                        ? known
                        : new Keyed(secretKey, build(secretKey)));
        return keyed.client();
    }

    private static StripeClient build(String secretKey) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(secretKey)
                .setConnectTimeout(5_000)
                .setReadTimeout(20_000)
                .setMaxNetworkRetries(2);
        Settings.value("SEEDBED_STRIPE_API_BASE").ifPresent(builder::setApiBase);
        return builder.build();
    }
}

package org.seedbed.campaign.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import org.seedbed.campaign.entity.PaymentSettings;
import org.seedbed.platform.SecretBox;

/**
 * The city's payment settings with its secrets opened: which provider takes payments (Stripe
 * with the city's own keys, or the sandbox), the webhook secret events must be signed with, the
 * methods and amounts donors get. The row is made on first use with a fresh sandbox secret.
 */
@Stateless
public class PaymentConfig {

    private static final SecretBox BOX = SecretBox.installation();

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public PaymentSettings settings() {
        PaymentSettings settings = em.find(PaymentSettings.class, (short) 1);
        if (settings == null) {
            em.createNativeQuery("insert into payment_settings (id, sandbox_webhook_secret) values (1, :secret)"
                            + " on conflict (id) do nothing")
                    .setParameter("secret", BOX.seal(SecretBox.randomSecret("whsec_sandbox_")))
                    .executeUpdate();
            settings = em.find(PaymentSettings.class, (short) 1, LockModeType.NONE);
        }
        return settings;
    }

    public boolean stripe() {
        return settings().stripeConfigured();
    }

    /** The secret the city's events are signed with: Stripe's endpoint secret, or the sandbox's. */
    public String webhookSecret() {
        PaymentSettings settings = settings();
        return BOX.open(settings.stripeConfigured() ? settings.stripeWebhookSecret() : settings.sandboxWebhookSecret());
    }

    public String sandboxSecret() {
        return BOX.open(settings().sandboxWebhookSecret());
    }

    public String stripeSecretKey() {
        return BOX.open(settings().stripeSecretKey());
    }

    public List<String> methods() {
        return Arrays.stream(settings().methods().split(","))
                .map(String::strip)
                .filter(m -> !m.isEmpty())
                .toList();
    }

    public String seal(String secret) {
        return BOX.seal(secret);
    }
}

package org.seedbed.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.seedbed.campaign.boundary.PaymentEvents;
import org.seedbed.platform.SecretBox;
import org.seedbed.tenancy.control.CityTasks;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Delivers the sandbox's events once the change they announce is committed, the way Stripe
 * delivers its webhooks: a moment later, on another thread, signed with the city's sandbox secret
 * and handed to the same webhook handler. The donor's thank-you page waits for the result.
 */
@ApplicationScoped
public class SandboxDelivery {

    private static final Logger LOG = Logger.getLogger(SandboxDelivery.class);

    @Inject
    PaymentEvents events;

    @Inject
    PaymentConfig config;

    @Inject
    CityTasks tasks;

    @Inject
    Clock clock;

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SandboxEventDue due) {
        String city = TenantContext.currentOrPlatform();
        tasks.supplyAs(city, () -> deliver(due, city)).exceptionally(failure -> {
            // The sweeper re-reads pending donations, so a lost delivery is caught up later.
            LOG.errorf(failure, "sandbox event %s for donation %d could not be handled", due.type(), due.donationId());
            return null;
        });
    }

    /** Tries three times, as Stripe retries a webhook that failed; the same event id makes retries safe. */
    private PaymentEvents.Outcome deliver(SandboxEventDue due, String city) {
        String eventId = SecretBox.randomSecret("evt_sbx_");
        for (int attempt = 1; ; attempt++) {
            Instant now = Instant.now(clock);
            String payload = SignedEvents.event(
                    eventId, due.type(), due.objectType(), due.objectId(), due.donationId(), city, now);
            try {
                return events.receive(payload, SignedEvents.signature(payload, config.sandboxSecret(), now));
            } catch (RuntimeException failure) {
                if (attempt == 3) {
                    throw failure;
                }
                pause(attempt * 500L);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a sandbox event", e);
        }
    }
}

package org.seedbed.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.seedbed.tenancy.control.CityTasks;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Queues mail for delivery after the current transaction commits; a rolled-back change sends
 * nothing. Delivery happens on a worker thread that works for the same city.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class);

    @Inject
    Event<MailMessage> outgoing;

    @Inject
    MailDelivery delivery;

    @Inject
    CityTasks tasks;

    public void send(MailMessage message) {
        outgoing.fire(message);
    }

    /** Hands the mail to a worker thread, so a slow relay never slows down the request. */
    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage message) {
        tasks.supplyAs(TenantContext.currentOrPlatform(), () -> {
                    delivery.deliver(message);
                    return message;
                })
                .exceptionally(failure -> {
                    // The change is committed; a lost mail must not turn into an error for the user.
                    LOG.errorf(failure, "mail to %s could not be delivered", message.to());
                    return message;
                });
    }
}

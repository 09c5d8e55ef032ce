package org.seedbed.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Queues mail for delivery after the current transaction commits; a rolled-back change sends
 * nothing. Without a transaction the mail leaves at once.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class);

    @Inject
    Event<MailMessage> outgoing;

    @Inject
    MailDelivery delivery;

    public void send(MailMessage message) {
        outgoing.fire(message);
    }

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage message) {
        try {
            delivery.deliver(message);
        } catch (RuntimeException e) {
            // The change is committed; a lost mail must not turn it into an error for the user.
            LOG.errorf(e, "mail to %s could not be delivered", message.to());
        }
    }
}

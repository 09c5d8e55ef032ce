package org.seedbed.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Passes committed pitch changes to whoever listens (the chairs' live screens). Listeners live in
 * the web module, which this module cannot see, so they register here. A signal names only the city
 * and the call; listeners re-read what they show with the city's own access rules.
 */
@ApplicationScoped
public class PitchSignals {

    private static final Logger LOG = Logger.getLogger(PitchSignals.class);

    private final List<Consumer<PitchChanged>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<PitchChanged> listener) {
        listeners.add(listener);
    }

    public void forget(Consumer<PitchChanged> listener) {
        listeners.remove(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PitchChanged change) {
        for (Consumer<PitchChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException failure) {
                // A screen that cannot be told must not undo or hide the committed change.
                LOG.warnf(failure, "could not signal the pitch change of call %d", change.callId());
            }
        }
    }
}

package org.seedbed.call.faces;

import java.time.Instant;
import org.seedbed.call.boundary.CallView;

/**
 * Where a call stands for applicants, as the badges of calls.xhtml, call.xhtml and the officers'
 * pages show it; its status alone does not say it: a published call may not be open yet, or its
 * deadline may have passed before an officer closed it.
 */
public enum CallPhase {
    DRAFT,
    UPCOMING,
    OPEN,
    CLOSED;

    static CallPhase of(CallView call, Instant now) {
        return switch (call.status()) {
            case DRAFT -> DRAFT;
            case CLOSED, ARCHIVED -> CLOSED;
            case PUBLISHED -> {
                if (call.acceptingSubmissions()) {
                    yield OPEN;
                }
                yield now.isBefore(call.opensAt()) ? UPCOMING : CLOSED;
            }
        };
    }
}

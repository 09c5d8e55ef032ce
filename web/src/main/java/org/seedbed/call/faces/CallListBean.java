package org.seedbed.call.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Public page calls.xhtml: the city's published calls as cards, those open now first (soonest
 * deadline first), then those opening later, then closed ones (latest first).
 */
@Named
@RequestScoped
public class CallListBean {

    @Inject
    Calls calls;

    private List<CallView> all;

    public List<CallView> getCalls() {
        if (all == null) {
            all = load();
        }
        return all;
    }

    public long count(String phase) {
        CallPhase wanted = CallPhase.valueOf(phase);
        Instant now = Instant.now();
        return getCalls().stream().filter(c -> CallPhase.of(c, now) == wanted).count();
    }

    private List<CallView> load() {
        // The platform site has no calls of its own; only a city's site lists them.
        if (TenantContext.currentCity().isEmpty()) {
            return List.of();
        }
        try {
            Instant now = Instant.now();
            Comparator<CallView> order = Comparator.comparingInt((CallView c) -> rank(CallPhase.of(c, now)))
                    .thenComparing((a, b) -> CallPhase.of(a, now) == CallPhase.CLOSED
                            ? b.deadlineAt().compareTo(a.deadlineAt())
                            : a.deadlineAt().compareTo(b.deadlineAt()));
            return calls.published().stream().sorted(order).toList();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    private static int rank(CallPhase phase) {
        return switch (phase) {
            case OPEN -> 0;
            case UPCOMING -> 1;
            case DRAFT -> 2;
            case CLOSED -> 3;
        };
    }
}

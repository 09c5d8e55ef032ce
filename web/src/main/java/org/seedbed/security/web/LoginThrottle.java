package org.seedbed.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seedbed.platform.Settings;

/**
 * Limits failed logins per client address, across all accounts: the per-account lock stops
 * guessing one password, this stops trying one password on many accounts. At most
 * {@link #MAX_FAILURES} failures per address (or {@code SEEDBED_LOGIN_FAILURES_PER_ADDRESS}) in
 * {@link #WINDOW}; then logins from that address
 * are refused until the oldest failure leaves the window. Kept in memory, per node.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;

    public LoginThrottle() {
        this(
                Clock.systemUTC(),
                Settings.value("SEEDBED_LOGIN_FAILURES_PER_ADDRESS")
                        .map(Integer::parseInt)
                        .orElse(MAX_FAILURES));
    }

    LoginThrottle(Clock clock, int maxFailures) {
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    public boolean allows(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() < maxFailures;
        }
    }

    public void recordFailure(String address) {
        if (failures.size() >= MAX_TRACKED_ADDRESSES) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOld(recent);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    /** Seconds until the address may try again (for the Retry-After header). */
    public long retryAfterSeconds(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.isEmpty()
                    ? 0
                    : Math.max(
                            1,
                            Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW))
                                    .toSeconds());
        }
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}

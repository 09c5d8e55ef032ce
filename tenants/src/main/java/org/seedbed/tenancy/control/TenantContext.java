package org.seedbed.tenancy.control;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The city the current thread works for. Set once per request at the edge, and set explicitly by
 * every timer, batch and asynchronous task before it touches data: nothing inherits it.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    /** The current city's slug, or {@link TenantSlug#PLATFORM} when no city is selected. */
    public static String currentOrPlatform() {
        String slug = CURRENT.get();
        return slug == null ? TenantSlug.PLATFORM : slug;
    }

    /** The current city, empty for platform-level work. */
    public static Optional<String> currentCity() {
        return Optional.ofNullable(CURRENT.get()).filter(slug -> !TenantSlug.PLATFORM.equals(slug));
    }

    /** Selects the city for this thread until {@link #clear()}; used at request entry points. */
    public static void enter(String slug) {
        CURRENT.set(slug);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} for {@code slug} and restores whatever was selected before. */
    public static <T> T callAs(String slug, Callable<T> work) throws Exception {
        String previous = CURRENT.get();
        CURRENT.set(slug);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** {@link #callAs} for work that throws no checked exception. */
    public static void runAs(String slug, Runnable work) {
        try {
            callAs(slug, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

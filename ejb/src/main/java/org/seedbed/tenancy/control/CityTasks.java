package org.seedbed.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * Runs work on another thread for a named city. Nothing carries the current city to another
 * thread by itself; the city is handed over explicitly, set for the task and cleared after it.
 */
@ApplicationScoped
public class CityTasks {

    @Resource
    ManagedExecutorService managedExecutor;

    private Executor executor;

    CityTasks() {}

    /** For tests of the hand-over with a plain executor. */
    CityTasks(Executor executor) {
        this.executor = executor;
    }

    public <T> CompletableFuture<T> supplyAs(String city, Supplier<T> work) {
        return CompletableFuture.supplyAsync(
                () -> {
                    TenantContext.enter(city);
                    MDC.put("city", city);
                    try {
                        return work.get();
                    } finally {
                        TenantContext.clear();
                        MDC.remove("city");
                    }
                },
                executor());
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }
}

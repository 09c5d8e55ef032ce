package org.seedbed.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CityTasksTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        TenantContext.clear();
    }

    @Test
    void aTaskRunsAsTheCityItWasGivenNotAsTheCallersCity() throws Exception {
        TenantContext.enter("suzhou");

        String seen = new CityTasks(pool)
                .supplyAs("hefei", TenantContext::currentOrPlatform)
                .get();

        assertThat(seen).isEqualTo("hefei");
        assertThat(TenantContext.currentCity()).hasValue("suzhou");
    }

    @Test
    void theWorkerThreadForgetsTheCityAfterTheTask() throws Exception {
        CityTasks tasks = new CityTasks(pool);
        tasks.supplyAs("hefei", () -> "done").get();

        String next = pool.submit(TenantContext::currentOrPlatform).get();

        assertThat(next).isEqualTo(TenantSlug.PLATFORM);
    }
}

package org.seedbed.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    @AfterEach
    void clear() {
        TenantContext.clear();
    }

    @Test
    void workRunsAsTheGivenCityAndRestoresThePreviousOne() throws Exception {
        TenantContext.enter("hefei");

        String inside = TenantContext.callAs("suzhou", TenantContext::currentOrPlatform);

        assertThat(inside).isEqualTo("suzhou");
        assertThat(TenantContext.currentCity()).hasValue("hefei");
    }

    @Test
    void anotherThreadInheritsNothing() throws Exception {
        TenantContext.enter("hefei");

        String elsewhere =
                CompletableFuture.supplyAsync(TenantContext::currentOrPlatform).get();

        assertThat(elsewhere).isEqualTo(TenantSlug.PLATFORM);
    }
}

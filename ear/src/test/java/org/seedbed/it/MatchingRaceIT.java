package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many donors at once race for a pool too small for all of them, as on 99 Giving Day: whatever the
 * interleaving, the matches reserved and then committed add up to exactly the pool, never more.
 */
@ExtendWith(ArquillianExtension.class)
class MatchingRaceIT {

    private static final int DONORS = 48;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void parallelGiftsCommitExactlyThePool() throws Exception {
        CampaignFixtures f = new CampaignFixtures("race", "配捐市");
        CallFixtures city = f.city;
        // 48 gifts of 50 yuan want 2,400 yuan of match from a pool of 1,000 spread over 4 shards.
        long pool = f.pool(f.campaign, 1000, "\"shards\":4");
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<JsonObject>> starts = new ArrayList<>();
            for (int i = 0; i < DONORS; i++) {
                String email = "donor" + i + "@example.org";
                starts.add(threads.submit(() -> Http.object(f.give(new Http(), f.campaign, "50", email))));
            }
            List<JsonObject> started = new ArrayList<>();
            long reserved = 0;
            for (Future<JsonObject> start : starts) {
                JsonObject s = start.get();
                started.add(s);
                int match = s.getJsonNumber("matchReserved").intValue();
                assertThat(match).isBetween(0, 50);
                reserved += match;
            }
            assertThat(reserved).as("reserved in the race").isEqualTo(1000);
            JsonObject during = f.pool(pool);
            assertThat(during.getJsonNumber("available").intValue()).isZero();
            assertThat(during.getJsonNumber("reserved").intValue()).isEqualTo(1000);

            List<Callable<Integer>> payments = new ArrayList<>();
            for (JsonObject s : started) {
                payments.add(() -> new Http()
                        .postJson(
                                city.api("/payments/sandbox/" + CampaignFixtures.session(s) + "/payment"),
                                "{\"card\":\"" + s.getInt("donationId") + "\"}")
                        .statusCode());
            }
            for (Future<Integer> paid : threads.invokeAll(payments)) {
                assertThat(paid.get()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
        // The sandbox's events arrive a moment after each payment, as Stripe's webhooks do.
        JsonObject campaign = f.campaignView(f.campaign);
        for (int i = 0; i < 100 && campaign.getInt("donors") < DONORS; i++) {
            Thread.sleep(200);
            campaign = f.campaignView(f.campaign);
        }
        JsonObject after = f.pool(pool);
        assertThat(after.getJsonNumber("committed").intValue())
                .as("exactly the pool")
                .isEqualTo(1000);
        assertThat(after.getJsonNumber("reserved").intValue()).isZero();
        assertThat(after.getJsonNumber("available").intValue()).isZero();
        assertThat(campaign.getJsonNumber("matched").intValue()).isEqualTo(1000);
        assertThat(campaign.getJsonNumber("raised").intValue()).isEqualTo(DONORS * 50);
        assertThat(campaign.getInt("donors")).isEqualTo(DONORS);
    }
}

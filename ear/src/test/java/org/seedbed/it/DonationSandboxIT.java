package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Giving through the sandbox provider, which sends its signed events to the same webhook handler
 * Stripe's reach: the match is reserved when the donor starts, committed when the payment
 * succeeds, released when it is declined, and given back to the pool by a refund; the campaign's
 * totals, the receipt and the ledger follow; bad input is refused and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DonationSandboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void aGiftIsMatchedReceiptedAndRefundedWithItsMatchGivenBack() throws Exception {
        CampaignFixtures f = new CampaignFixtures("give", "捐赠市");
        CallFixtures city = f.city;
        long pool = f.pool(f.campaign, 1000, "\"perDonationCap\":300");

        assertThat(Http.object(f.donor.get(city.api("/campaigns/" + f.campaign + "/match-preview?amount=200")))
                        .getJsonNumber("match")
                        .intValue())
                .isEqualTo(200);
        assertThat(Http.object(f.donor.get(city.api("/campaigns/" + f.campaign + "/match-preview?amount=500")))
                        .getJsonNumber("match")
                        .intValue())
                .as("capped per donation")
                .isEqualTo(300);
        assertThat(Http.object(f.donor.get(city.api("/donations/giving-options")))
                        .getBoolean("sandbox"))
                .isTrue();

        assertThat(f.give(f.donor, f.campaign, "-5", null).body()).contains("amount");
        assertThat(f.give(f.donor, f.campaign, "12.345", null).statusCode()).isEqualTo(400);
        assertThat(f.give(f.donor, f.campaign, "50000000", null).body())
                .as("above the city's maximum")
                .contains("amount");
        assertThat(f.give(f.donor, f.campaign, "50", "not-an-address").body()).contains("email");
        assertThat(f.pool(pool).getJsonNumber("available").intValue())
                .as("refused gifts hold nothing")
                .isEqualTo(1000);

        var started = f.give(f.donor, f.campaign, "500", "wang@example.org");
        assertThat(started.statusCode()).isEqualTo(201);
        JsonObject start = Http.object(started);
        assertThat(start.getJsonNumber("matchReserved").intValue()).isEqualTo(300);
        assertThat(start.getBoolean("sandbox")).isTrue();
        assertThat(start.getString("checkoutUrl")).contains("/pay/sandbox.xhtml?session=");
        JsonObject held = f.pool(pool);
        assertThat(held.getJsonNumber("reserved").intValue()).isEqualTo(300);
        assertThat(held.getJsonNumber("available").intValue()).isEqualTo(700);

        String session = CampaignFixtures.session(start);
        JsonObject paid = Http.object(f.donor.postJson(
                city.api("/payments/sandbox/" + session + "/payment"), "{\"card\":\"4242 4242 4242 4242\"}"));
        assertThat(paid.getString("status")).isEqualTo("PAID");
        String token = start.getString("receiptToken");
        JsonObject donation = settled(f, token);
        assertThat(donation.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(donation.getJsonNumber("matched").intValue()).isEqualTo(300);
        assertThat(donation.getString("receiptNo")).startsWith("R");
        assertThat(donation.getOrDefault("fraudFlags", JsonValue.NULL))
                .as("flags are for officers")
                .isEqualTo(JsonValue.NULL);
        assertThat(f.donor
                        .postJson(city.api("/payments/sandbox/" + session + "/payment"), "{}")
                        .statusCode())
                .as("a payment is made once")
                .isEqualTo(409);

        JsonObject page = f.campaignView(f.campaign);
        assertThat(page.getJsonNumber("raised").intValue()).isEqualTo(500);
        assertThat(page.getJsonNumber("matched").intValue()).isEqualTo(300);
        assertThat(page.getInt("donors")).isEqualTo(1);
        assertThat(page.getJsonArray("recentDonations").getJsonObject(0).getString("name"))
                .isEqualTo("王女士");
        assertThat(page.getJsonArray("sponsors")
                        .getJsonObject(0)
                        .getJsonNumber("left")
                        .intValue())
                .isEqualTo(700);
        JsonObject committed = f.pool(pool);
        assertThat(committed.getJsonNumber("committed").intValue()).isEqualTo(300);
        assertThat(committed.getJsonNumber("reserved").intValue()).isZero();

        var receipt = f.donor.getBytes(city.api("/donations/receipts/" + token + ".pdf"));
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(PrintedPdf.of(receipt.body()).text()).contains("捐赠收据", donation.getString("receiptNo"), "500.00");

        JsonObject ledger =
                Http.object(city.officer.get(city.api("/campaigns/" + f.campaign + "/ledger?reconcile=true")));
        assertThat(ledger.getJsonNumber("difference").intValue()).isZero();
        assertThat(ledger.getInt("checked")).isEqualTo(1);
        assertThat(ledger.getJsonNumber("fees").doubleValue())
                .as("the sandbox's 0.6%")
                .isEqualTo(3.0);

        long id = donation.getJsonNumber("id").longValue();
        assertThat(city.officer
                        .postJson(city.api("/donations/" + id + "/refund"), "{}")
                        .statusCode())
                .as("a refund needs its reason")
                .isEqualTo(400);
        assertThat(f.donor
                        .postJson(city.api("/donations/" + id + "/refund"), "{\"reason\":\"捐错了\"}")
                        .statusCode())
                .isEqualTo(401);
        JsonObject refunded = Http.object(
                city.officer.postJson(city.api("/donations/" + id + "/refund"), "{\"reason\":\"捐赠人申请退款\"}"));
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getJsonNumber("matched").intValue()).isZero();
        JsonObject returned = f.pool(pool);
        assertThat(returned.getJsonNumber("available").intValue())
                .as("the match is back in the pool")
                .isEqualTo(1000);
        assertThat(returned.getJsonNumber("committed").intValue()).isZero();
        JsonObject after = f.campaignView(f.campaign);
        assertThat(after.getJsonNumber("raised").intValue()).isZero();
        assertThat(after.getJsonNumber("matched").intValue()).isZero();
        assertThat(after.getInt("donors")).isZero();

        JsonObject declinedStart = Http.object(f.give(f.donor, f.campaign, "100", null));
        assertThat(f.pool(pool).getJsonNumber("reserved").intValue()).isEqualTo(100);
        f.donor.postJson(city.api("/payments/sandbox/" + CampaignFixtures.session(declinedStart) + "/decline"), "");
        assertThat(settled(f, declinedStart.getString("receiptToken")).getString("status"))
                .isEqualTo("FAILED");
        assertThat(f.pool(pool).getJsonNumber("available").intValue())
                .as("released")
                .isEqualTo(1000);
        assertThat(f.donor
                        .getBytes(city.api("/donations/receipts/" + declinedStart.getString("receiptToken") + ".pdf"))
                        .statusCode())
                .as("no receipt for an unpaid gift")
                .isEqualTo(404);
    }

    @Test
    void fiveGiftsAMinuteFromOneDonorAreNotMatchedAndADisputeBlocksTheDonor() throws Exception {
        CampaignFixtures f = new CampaignFixtures("fraud", "风控市");
        CallFixtures city = f.city;
        long pool = f.pool(f.campaign, 5000, null);
        for (int i = 0; i < 4; i++) {
            assertThat(Http.object(f.give(f.donor, f.campaign, "20", "fast@example.org"))
                            .getJsonNumber("matchReserved")
                            .intValue())
                    .isEqualTo(20);
        }
        JsonObject fifth = Http.object(f.give(f.donor, f.campaign, "20", "fast@example.org"));
        assertThat(fifth.getJsonNumber("matchReserved").intValue())
                .as("not a person")
                .isZero();
        long fifthId = fifth.getJsonNumber("donationId").longValue();
        assertThat(Http.object(city.officer.get(city.api("/donations/" + fifthId)))
                        .getString("fraudFlags"))
                .contains("VELOCITY");

        JsonObject honest = Http.object(f.give(f.donor, f.campaign, "200", "li@example.org"));
        f.donor.postJson(
                city.api("/payments/sandbox/" + CampaignFixtures.session(honest) + "/payment"),
                "{\"card\":\"5555555555554444\"}");
        long honestId = honest.getJsonNumber("donationId").longValue();
        settled(f, honest.getString("receiptToken"));
        assertThat(city.officer
                        .postJson(city.api("/donations/" + honestId + "/sandbox-dispute"), "{\"status\":\"OPEN\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(becomes(f, honestId, "DISPUTED").getString("status")).isEqualTo("DISPUTED");
        city.officer.postJson(city.api("/donations/" + honestId + "/sandbox-dispute"), "{\"status\":\"LOST\"}");
        JsonObject lost = becomes(f, honestId, "DISPUTE_LOST");
        assertThat(lost.getString("status")).isEqualTo("DISPUTE_LOST");
        assertThat(lost.getJsonNumber("matched").intValue()).isZero();
        JsonObject again = Http.object(f.give(f.donor, f.campaign, "200", "li@example.org"));
        assertThat(again.getJsonNumber("matchReserved").intValue())
                .as("a donor who lost a dispute gives unmatched")
                .isZero();
        assertThat(Http.array(city.officer.get(city.api("/campaigns/" + f.campaign + "/donations?flagged=true"))))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(f.pool(pool).getJsonNumber("committed").intValue()).isZero();
    }

    /** The sandbox delivers its events a moment after the payment, as Stripe does: wait for the donation to settle. */
    static JsonObject settled(CampaignFixtures f, String token) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonObject donation = Http.object(f.donor.get(f.city.api("/donations/by-token/" + token)));
            if (!"PENDING".equals(donation.getString("status"))) {
                return donation;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("donation " + token + " still pending after 10 s");
    }

    static JsonObject becomes(CampaignFixtures f, long id, String status) throws InterruptedException {
        JsonObject donation = null;
        for (int i = 0; i < 100; i++) {
            donation = Http.object(f.city.officer.get(f.city.api("/donations/" + id)));
            if (status.equals(donation.getString("status"))) {
                return donation;
            }
            Thread.sleep(100);
        }
        return donation;
    }
}

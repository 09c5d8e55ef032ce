package org.seedbed.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Donations through Stripe, with stripe-java talking to a local stand-in of Stripe's API and
 * events signed as Stripe signs them: success (delivered three times), failure, expiry, refund,
 * a lost dispute, events in shuffled order, bad signatures, and another city's secret. Each event
 * only triggers a re-read of the session, so the donation always ends where Stripe's state says.
 */
@ExtendWith(ArquillianExtension.class)
class StripeWebhookIT {

    private static final String SECRET = "whsec_standInSecretForCityOne";
    private static final String OTHER_SECRET = "whsec_standInSecretForCityTwo";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void stripeEventsSettleDonationsWhateverTheirOrderAndHowOftenTheyCome() {
        try (StripeStandIn stripe = new StripeStandIn()) {
            CampaignFixtures f = new CampaignFixtures("stripe", "条纹市");
            CallFixtures city = f.city;
            JsonObject settings = Http.object(city.admin.putJson(
                    city.api("/payments/settings"),
                    """
                    {"stripeSecretKey":"sk_test_51StandInKeyOne0001","stripePublishableKey":"pk_test_51StandInKeyOne",
                     "stripeWebhookSecret":"%s","methods":["card","alipay","wechat_pay"]}
                    """
                            .formatted(SECRET)));
            assertThat(settings.getBoolean("stripe")).isTrue();
            assertThat(settings.toString())
                    .as("secrets are never shown")
                    .doesNotContain(SECRET, "sk_test_51StandInKeyOne0001");
            long pool = f.pool(f.campaign, 1000, null);

            // Paid, and the event delivered three times.
            JsonObject ok = start(f, stripe, "cs_ok", 30000);
            assertThat(ok.getBoolean("sandbox")).isFalse();
            assertThat(ok.getString("checkoutUrl")).isEqualTo("https://checkout.stripe.com/c/pay/cs_ok");
            long okId = ok.getJsonNumber("donationId").longValue();
            stripe.server.verify(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                    .withHeader("Idempotency-Key", equalTo("donation-" + city.city + "-" + okId))
                    .withRequestBody(containing("payment_method_types[1]=alipay"))
                    .withRequestBody(containing("metadata[donation_id]=" + okId)));
            stripe.session("cs_ok", 30000, "complete", "paid", 0, false);
            StripeStandIn.Signed completed = StripeStandIn.event(
                    "evt_ok",
                    "checkout.session.completed",
                    object("cs_ok", "checkout.session", okId, city.city),
                    SECRET);
            assertThat(Http.object(deliver(f, completed)).getString("result")).isEqualTo("paid");
            assertThat(Http.object(deliver(f, completed)).getBoolean("duplicate"))
                    .isTrue();
            assertThat(Http.object(deliver(f, completed)).getBoolean("duplicate"))
                    .isTrue();
            JsonObject paid = donation(f, okId);
            assertThat(paid.getString("status")).isEqualTo("SUCCEEDED");
            assertThat(paid.getJsonNumber("matched").intValue()).isEqualTo(300);
            assertThat(paid.getJsonNumber("fee").doubleValue()).isEqualTo(10.20);
            assertThat(f.campaignView(f.campaign).getInt("donors"))
                    .as("three deliveries, one gift")
                    .isEqualTo(1);

            // Failed: the payment intent was canceled.
            JsonObject failed = start(f, stripe, "cs_fail", 5000);
            long failedId = failed.getJsonNumber("donationId").longValue();
            stripe.failedSession("cs_fail", 5000);
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_fail",
                            "payment_intent.payment_failed",
                            object("pi_cs_fail", "payment_intent", failedId, city.city),
                            SECRET));
            assertThat(donation(f, failedId).getString("status")).isEqualTo("FAILED");

            // Expired without payment.
            JsonObject expiring = start(f, stripe, "cs_exp", 7000);
            long expiredId = expiring.getJsonNumber("donationId").longValue();
            assertThat(f.pool(pool).getJsonNumber("reserved").intValue()).isEqualTo(70);
            stripe.session("cs_exp", 7000, "expired", "unpaid", 0, false);
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_exp",
                            "checkout.session.expired",
                            object("cs_exp", "checkout.session", expiredId, city.city),
                            SECRET));
            assertThat(donation(f, expiredId).getString("status")).isEqualTo("EXPIRED");
            assertThat(f.pool(pool).getJsonNumber("reserved").intValue())
                    .as("released")
                    .isZero();

            // Refunded by an officer through Stripe; Stripe's own event afterwards changes nothing.
            stripe.refunds();
            stripe.session("cs_ok", 30000, "complete", "paid", 30000, false);
            JsonObject refunded = Http.object(
                    city.officer.postJson(city.api("/donations/" + okId + "/refund"), "{\"reason\":\"捐赠人申请退款\"}"));
            assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
            stripe.server.verify(postRequestedFor(urlPathEqualTo("/v1/refunds"))
                    .withHeader("Idempotency-Key", matching("refund-" + okId + "-\\d+"))
                    .withRequestBody(containing("payment_intent=pi_cs_ok")));
            assertThat(Http.object(deliver(
                                    f,
                                    StripeStandIn.event(
                                            "evt_refund",
                                            "charge.refunded",
                                            object("ch_cs_ok", "charge", okId, city.city),
                                            SECRET)))
                            .getString("result"))
                    .isEqualTo("no change");
            assertThat(f.pool(pool).getJsonNumber("available").intValue()).isEqualTo(1000);

            // Events in shuffled order: the refund arrives before the payment.
            JsonObject mixed = start(f, stripe, "cs_mix", 20000);
            long mixedId = mixed.getJsonNumber("donationId").longValue();
            stripe.session("cs_mix", 20000, "complete", "paid", 20000, false);
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_mix_3", "charge.refunded", object("ch_cs_mix", "charge", mixedId, city.city), SECRET));
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_mix_1",
                            "checkout.session.completed",
                            object("cs_mix", "checkout.session", mixedId, city.city),
                            SECRET));
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_mix_2",
                            "payment_intent.succeeded",
                            object("pi_cs_mix", "payment_intent", mixedId, city.city),
                            SECRET));
            JsonObject mixedEnd = donation(f, mixedId);
            assertThat(mixedEnd.getString("status")).isEqualTo("REFUNDED");
            assertThat(mixedEnd.getJsonNumber("matched").intValue()).isZero();

            // A dispute, lost: the match goes back and the donor is blocked from matching.
            JsonObject disputed = start(f, stripe, "cs_dp", 10000);
            long disputedId = disputed.getJsonNumber("donationId").longValue();
            stripe.session("cs_dp", 10000, "complete", "paid", 0, false);
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_dp_0",
                            "checkout.session.completed",
                            object("cs_dp", "checkout.session", disputedId, city.city),
                            SECRET));
            stripe.session("cs_dp", 10000, "complete", "paid", 0, true);
            stripe.dispute("cs_dp", "needs_response");
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_dp_1",
                            "charge.dispute.created",
                            "{\"id\":\"dp_cs_dp\",\"object\":\"dispute\",\"charge\":\"ch_cs_dp\"}",
                            SECRET));
            assertThat(donation(f, disputedId).getString("status")).isEqualTo("DISPUTED");
            stripe.dispute("cs_dp", "lost");
            deliver(
                    f,
                    StripeStandIn.event(
                            "evt_dp_2",
                            "charge.dispute.closed",
                            "{\"id\":\"dp_cs_dp\",\"object\":\"dispute\",\"charge\":\"ch_cs_dp\"}",
                            SECRET));
            assertThat(donation(f, disputedId).getString("status")).isEqualTo("DISPUTE_LOST");
            JsonObject books = f.pool(pool);
            assertThat(books.getJsonNumber("committed").intValue()).isZero();
            assertThat(books.getJsonNumber("available").intValue()).isEqualTo(1000);
            JsonObject campaign = f.campaignView(f.campaign);
            assertThat(campaign.getJsonNumber("raised").intValue())
                    .as("nothing kept")
                    .isZero();
            assertThat(campaign.getInt("donors")).isZero();

            // Signatures: a wrong secret, a replay from long ago.
            assertThat(deliver(
                                    f,
                                    StripeStandIn.event(
                                            "evt_bad",
                                            "checkout.session.completed",
                                            object("cs_ok", "checkout.session", okId, city.city),
                                            "whsec_somebodyElse1"))
                            .statusCode())
                    .isEqualTo(400);
            StripeStandIn.Signed good = StripeStandIn.event(
                    "evt_old",
                    "checkout.session.completed",
                    object("cs_ok", "checkout.session", okId, city.city),
                    SECRET);
            String old = good.header()
                    .replaceFirst("t=\\d+", "t=" + (java.time.Instant.now().getEpochSecond() - 600));
            assertThat(f.donor
                            .post(city.api("/payments/stripe/webhook"), "application/json", good.payload())
                            .statusCode())
                    .as("no signature")
                    .isEqualTo(400);
            assertThat(postSigned(f, new StripeStandIn.Signed(good.payload(), old))
                            .statusCode())
                    .isEqualTo(400);

            // Another city: its own secret refuses this city's events; ids of this city reach nothing there.
            CampaignFixtures other = new CampaignFixtures("stripe2", "别的市");
            other.city.admin.putJson(
                    other.city.api("/payments/settings"),
                    "{\"stripeSecretKey\":\"sk_test_51StandInKeyTwo0002\",\"stripeWebhookSecret\":\"%s\"}"
                            .formatted(OTHER_SECRET));
            StripeStandIn.Signed forOne = StripeStandIn.event(
                    "evt_x",
                    "checkout.session.completed",
                    object("cs_ok", "checkout.session", okId, city.city),
                    SECRET);
            assertThat(postSigned(other, forOne).statusCode()).isEqualTo(400);
            assertThat(other.city
                            .officer
                            .get(other.city.api("/matching-pools/" + pool))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(other.city
                            .officer
                            .get(other.city.api("/donations/" + okId))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(other.city
                            .officer
                            .get(other.city.api("/campaigns/" + f.campaign + "/donations"))
                            .body())
                    .isEqualTo("[]");
        }
    }

    private static JsonObject start(CampaignFixtures f, StripeStandIn stripe, String session, long amountMinor) {
        stripe.nextCheckout(session, amountMinor);
        var started = f.give(f.donor, f.campaign, String.valueOf(amountMinor / 100), null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return Http.object(started);
    }

    private static JsonObject donation(CampaignFixtures f, long id) {
        return Http.object(f.city.officer.get(f.city.api("/donations/" + id)));
    }

    private static String object(String id, String type, long donationId, String city) {
        return "{\"id\":\"%s\",\"object\":\"%s\",\"metadata\":{\"donation_id\":\"%d\",\"city\":\"%s\"}}"
                .formatted(id, type, donationId, city);
    }

    private static HttpResponse<String> deliver(CampaignFixtures f, StripeStandIn.Signed event) {
        return postSigned(f, event);
    }

    private static HttpResponse<String> postSigned(CampaignFixtures f, StripeStandIn.Signed event) {
        return f.donor.postJsonWithHeader(
                f.city.api("/payments/stripe/webhook"), event.payload(), "Stripe-Signature", event.header());
    }
}

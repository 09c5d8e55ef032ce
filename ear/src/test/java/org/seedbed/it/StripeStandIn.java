package org.seedbed.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.net.Webhook;
import java.time.Instant;

/**
 * A local stand-in of Stripe's HTTP API (WireMock) that the server's stripe-java clients reach
 * through {@code seedbed.stripe.api.base}: it answers with Stripe-shaped objects whose state each
 * test sets, and signs events exactly as Stripe signs them.
 */
final class StripeStandIn implements AutoCloseable {

    static final int PORT = 18089;

    final WireMockServer server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));

    StripeStandIn() {
        server.start();
    }

    /** The next Checkout Session Stripe creates. */
    void nextCheckout(String sessionId, long amount) {
        server.stubFor(post(urlPathEqualTo("/v1/checkout/sessions"))
                .willReturn(json(session(sessionId, amount, "open", "unpaid", "null"))));
    }

    /** What Stripe says of a session now: open, paid (with its charge), expired; refunds and disputes on the charge. */
    void session(String sessionId, long amount, String status, String paymentStatus, long refunded, boolean disputed) {
        String intent = "paid".equals(paymentStatus) || refunded > 0
                ? """
                  {"id":"pi_%1$s","object":"payment_intent","status":"succeeded","amount":%2$d,"currency":"cny",
                   "latest_charge":{"id":"ch_%1$s","object":"charge","amount":%2$d,"amount_refunded":%3$d,
                    "currency":"cny","disputed":%4$s,"refunded":%5$s,"paid":true,
                    "payment_method_details":{"type":"card","card":{"brand":"visa","last4":"4242","fingerprint":"fp_%1$s"}},
                    "balance_transaction":{"id":"txn_%1$s","object":"balance_transaction","amount":%2$d,
                     "fee":%6$d,"currency":"cny"}}}
                  """
                        .formatted(sessionId, amount, refunded, disputed, refunded >= amount, amount * 34 / 1000)
                : "null";
        server.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId))
                .willReturn(json(session(sessionId, amount, status, paymentStatus, intent))));
    }

    /** A session whose payment Stripe gave up on: the payment intent is canceled. */
    void failedSession(String sessionId, long amount) {
        String intent =
                """
                {"id":"pi_%s","object":"payment_intent","status":"canceled","amount":%d,"currency":"cny","latest_charge":null}
                """
                        .formatted(sessionId, amount);
        server.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId))
                .willReturn(json(session(sessionId, amount, "open", "unpaid", intent))));
    }

    void dispute(String sessionId, String status) {
        server.stubFor(get(urlPathEqualTo("/v1/disputes"))
                .withQueryParam("charge", equalTo("ch_" + sessionId))
                .willReturn(json(
                        """
                        {"object":"list","url":"/v1/disputes","has_more":false,"data":[{"id":"dp_%1$s","object":"dispute",
                         "charge":"ch_%1$s","payment_intent":"pi_%1$s","amount":1,"currency":"cny","status":"%2$s"}]}
                        """
                                .formatted(sessionId, status))));
    }

    void refunds() {
        server.stubFor(post(urlPathEqualTo("/v1/refunds"))
                .willReturn(json("{\"id\":\"re_standin\",\"object\":\"refund\",\"amount\":1,\"currency\":\"cny\","
                        + "\"status\":\"succeeded\"}")));
    }

    /** A Stripe event about an object, signed with the endpoint's secret as Stripe signs it. */
    static Signed event(String eventId, String type, String objectJson, String secret) {
        String payload =
                """
                {"id":"%s","object":"event","api_version":"2025-08-27.basil","created":%d,"livemode":false,
                 "pending_webhooks":1,"type":"%s","data":{"object":%s}}
                """
                        .formatted(eventId, Instant.now().getEpochSecond(), type, objectJson);
        long t = Instant.now().getEpochSecond();
        try {
            return new Signed(payload, "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Signed(String payload, String header) {}

    private static String session(String id, long amount, String status, String paymentStatus, String intent) {
        return """
               {"id":"%1$s","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/%1$s","mode":"payment",
                "status":"%2$s","payment_status":"%3$s","amount_total":%4$d,"currency":"cny","payment_intent":%5$s}
               """
                .formatted(id, status, paymentStatus, amount, intent.strip());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}

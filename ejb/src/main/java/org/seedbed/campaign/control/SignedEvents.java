package org.seedbed.campaign.control;

import com.stripe.net.Webhook;
import jakarta.json.Json;
import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * Stripe-shaped events, signed exactly as Stripe signs them ({@code Stripe-Signature: t=…,v1=…},
 * an HMAC-SHA256 of {@code t.payload} with the endpoint's secret): the sandbox sends these to the
 * webhook handler, and the tests use the same to play Stripe.
 */
public final class SignedEvents {

    private SignedEvents() {}

    /** An event whose {@code data.object} names the object and carries the donation in its metadata. */
    public static String event(
            String eventId, String type, String objectType, String objectId, long donationId, String city, Instant at) {
        return Json.createObjectBuilder()
                .add("id", eventId)
                .add("object", "event")
                .add("api_version", "2025-08-27.basil")
                .add("created", at.getEpochSecond())
                .add("livemode", false)
                .add("pending_webhooks", 1)
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "object",
                                        Json.createObjectBuilder()
                                                .add("id", objectId)
                                                .add("object", objectType)
                                                .add(
                                                        "metadata",
                                                        Json.createObjectBuilder()
                                                                .add("donation_id", String.valueOf(donationId))
                                                                .add("city", city))))
                .build()
                .toString();
    }

    /** The {@code Stripe-Signature} header for {@code payload} signed at {@code at}. */
    public static String signature(String payload, String secret, Instant at) {
        long timestamp = at.getEpochSecond();
        try {
            return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

package org.seedbed.campaign.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sandbox signs its events so that stripe-java's own verification accepts them. */
class SignedEventsTest {

    private static final String SECRET = "whsec_sandbox_test";

    @Test
    void stripeJavaVerifiesTheSandboxSignature() throws Exception {
        Instant now = Instant.now();
        String payload = SignedEvents.event(
                "evt_1", "checkout.session.completed", "checkout.session", "sbx_cs_1", 7, "hefei", now);
        Event event = Webhook.constructEvent(payload, SignedEvents.signature(payload, SECRET, now), SECRET, 300);
        assertThat(event.getId()).isEqualTo("evt_1");
        assertThat(event.getType()).isEqualTo("checkout.session.completed");
        assertThat(event.getDataObjectDeserializer().getRawJson())
                .contains("\"donation_id\":\"7\"", "\"city\":\"hefei\"");
    }

    @Test
    void anotherSecretOrAnOldSignatureIsRefused() {
        Instant now = Instant.now();
        String payload = SignedEvents.event("evt_2", "charge.refunded", "charge", "ch_1", 7, "hefei", now);
        assertThatThrownBy(() -> Webhook.constructEvent(
                        payload, SignedEvents.signature(payload, "whsec_other", now), SECRET, 300))
                .isInstanceOf(SignatureVerificationException.class);
        Instant old = now.minusSeconds(301);
        assertThatThrownBy(() ->
                        Webhook.constructEvent(payload, SignedEvents.signature(payload, SECRET, old), SECRET, 300))
                .isInstanceOf(SignatureVerificationException.class);
    }
}

package org.seedbed.campaign.boundary;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.seedbed.campaign.control.DonationSettlement;
import org.seedbed.campaign.control.Gateways;
import org.seedbed.campaign.control.PaymentConfig;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.tenancy.control.TenantContext;

/**
 * The city's payment webhook. The raw body's {@code Stripe-Signature} is verified with the city's
 * secret (300 s tolerance); the event id is recorded in the same transaction as its effect, so a
 * repeat does nothing; the event only says which donation to look at: its state is re-read from
 * the provider and the donation settled to it, so events out of order end in the right state.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentEvents {

    private static final Logger LOG = Logger.getLogger(PaymentEvents.class);

    /** How old a signature may be, as Stripe's own libraries accept. */
    private static final long TOLERANCE_SECONDS = 300;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    PaymentConfig config;

    @Inject
    Gateways gateways;

    @Inject
    DonationSettlement settlement;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** What happened to an event: handled (with what changed), a repeat, or not about a donation here. */
    public record Outcome(String eventId, String type, boolean duplicate, Long donationId, String result) {}

    public Outcome receive(String payload, String signatureHeader) {
        com.stripe.model.Event event = verified(payload, signatureHeader);
        JsonObject object = dataObject(payload);
        String city = TenantContext.currentOrPlatform();
        JsonObject metadata =
                object.containsKey("metadata") && object.get("metadata").getValueType() == JsonValue.ValueType.OBJECT
                        ? object.getJsonObject("metadata")
                        : JsonValue.EMPTY_JSON_OBJECT;
        int recorded = em.createNativeQuery(
                        "insert into payment_event (event_id, type, object_id, received_at) values (:id, :type, :object, :now)"
                                + " on conflict (event_id) do nothing")
                .setParameter("id", event.getId())
                .setParameter("type", event.getType())
                .setParameter("object", object.getString("id", null))
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
        if (recorded == 0) {
            return new Outcome(event.getId(), event.getType(), true, null, "duplicate");
        }
        if (metadata.containsKey("city") && !city.equals(metadata.getString("city", ""))) {
            return record(event, null, "for another city");
        }
        Long donationId = donationId(object, metadata);
        if (donationId == null) {
            return record(event, null, "no donation");
        }
        // Read under the row lock, so that events about one donation are applied one after another.
        Donation donation = em.find(Donation.class, donationId, LockModeType.PESSIMISTIC_WRITE);
        String result = settlement.settle(
                donation, gateways.of(donation.provider()).read(donation), Instant.now(clock), calendar.zone());
        LOG.debugf("payment event %s %s: donation %d %s", event.getId(), event.getType(), donation.id(), result);
        return record(event, donation.id(), result);
    }

    private Outcome record(com.stripe.model.Event event, Long donationId, String result) {
        em.createNativeQuery(
                        "update payment_event set donation_id = :donation, outcome = :outcome where event_id = :id")
                .setParameter("donation", donationId)
                .setParameter("outcome", result)
                .setParameter("id", event.getId())
                .executeUpdate();
        return new Outcome(event.getId(), event.getType(), false, donationId, result);
    }

    /** Checks the signature with the city's Stripe secret when it has one, and with its sandbox secret. */
    private com.stripe.model.Event verified(String payload, String signatureHeader) {
        if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
            throw InvalidInputException.of("Stripe-Signature", "payment.signature.invalid");
        }
        List<String> secrets = new ArrayList<>();
        if (config.stripe()) {
            secrets.add(config.webhookSecret());
        }
        secrets.add(config.sandboxSecret());
        for (String secret : secrets) {
            try {
                return Webhook.constructEvent(payload, signatureHeader, secret, TOLERANCE_SECONDS);
            } catch (SignatureVerificationException wrongSecret) {
                // try the next one
            } catch (RuntimeException unreadable) {
                throw InvalidInputException.of("body", "payment.event.unreadable");
            }
        }
        throw InvalidInputException.of("Stripe-Signature", "payment.signature.invalid");
    }

    private JsonObject dataObject(String payload) {
        try {
            return Json.createReader(new StringReader(payload))
                    .readObject()
                    .getJsonObject("data")
                    .getJsonObject("object");
        } catch (RuntimeException e) {
            throw InvalidInputException.of("body", "payment.event.unreadable");
        }
    }

    /**
     * The donation the event is about: by the id Seedbed put in the metadata, else by the Stripe
     * object's id or the payment intent or charge it refers to.
     */
    private Long donationId(JsonObject object, JsonObject metadata) {
        String donationId = metadata.getString("donation_id", null);
        if (donationId != null && donationId.matches("\\d{1,18}")) {
            Long byId = one("d.id = :v", Long.valueOf(donationId));
            if (byId != null) {
                return byId;
            }
        }
        String type = object.getString("object", "");
        String id = object.getString("id", null);
        return switch (type) {
            case "checkout.session" -> one("d.checkoutSessionId = :v", id);
            case "payment_intent" -> one("d.paymentIntentId = :v", id);
            case "charge" ->
                one("d.chargeId = :v", id) != null
                        ? one("d.chargeId = :v", id)
                        : one("d.paymentIntentId = :v", text(object, "payment_intent"));
            case "dispute" -> one("d.chargeId = :v", text(object, "charge"));
            default -> null;
        };
    }

    private Long one(String condition, Object value) {
        if (value == null) {
            return null;
        }
        return em.createQuery("select d.id from Donation d where " + condition, Long.class)
                .setParameter("v", value)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }
}

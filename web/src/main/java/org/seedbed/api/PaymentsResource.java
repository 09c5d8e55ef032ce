package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.seedbed.campaign.boundary.PaymentEvents;
import org.seedbed.campaign.boundary.PaymentSettingsAdmin;
import org.seedbed.campaign.boundary.PaymentSettingsForm;
import org.seedbed.campaign.boundary.PaymentSettingsView;
import org.seedbed.campaign.boundary.SandboxPaymentView;
import org.seedbed.campaign.boundary.SandboxPayments;

/**
 * Payments: the city's Stripe webhook (its raw body is what the signature covers), the city
 * admin's payment settings, and the sandbox payment page's actions.
 */
@Path("/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    @Inject
    PaymentEvents events;

    @Inject
    PaymentSettingsAdmin settings;

    @Inject
    SandboxPayments sandbox;

    @POST
    @Path("stripe/webhook")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Stripe's events for this city, verified by the Stripe-Signature header; repeats change nothing")
    public Map<String, Object> webhook(String payload, @HeaderParam("Stripe-Signature") String signature) {
        PaymentEvents.Outcome outcome = events.receive(payload, signature);
        return Map.of(
                "received", outcome.eventId(),
                "duplicate", outcome.duplicate(),
                "result", outcome.result());
    }

    @GET
    @Path("settings")
    @RolesAllowed("CITY_ADMIN")
    @SecurityRequirement(name = "token")
    public PaymentSettingsView getSettings() {
        return settings.get();
    }

    @PUT
    @Path("settings")
    @RolesAllowed("CITY_ADMIN")
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Sets the city's Stripe keys (kept encrypted), methods and amounts; useSandbox=true forgets the keys")
    public PaymentSettingsView putSettings(PaymentSettingsForm form) {
        return settings.update(form);
    }

    @GET
    @Path("sandbox/{session}")
    @PermitAll
    public SandboxPaymentView sandboxPayment(@PathParam("session") String session) {
        return sandbox.get(session);
    }

    @POST
    @Path("sandbox/{session}/payment")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox: pays with a test card {card}; the event reaches the webhook handler")
    public SandboxPaymentView pay(@PathParam("session") String session, JsonObject body) {
        return sandbox.pay(session, body == null ? null : body.getString("card", null));
    }

    @POST
    @Path("sandbox/{session}/decline")
    @PermitAll
    public SandboxPaymentView decline(@PathParam("session") String session) {
        return sandbox.decline(session);
    }
}

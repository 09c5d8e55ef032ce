package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.seedbed.campaign.boundary.DonationView;
import org.seedbed.campaign.boundary.Donations;
import org.seedbed.campaign.boundary.GivingOptions;
import org.seedbed.campaign.boundary.SandboxPayments;
import org.seedbed.campaign.control.PaymentSnapshot;

/** Donations: the donor's own (by account or receipt token), receipts, and officers' refunds. */
@Path("/v1/donations")
@Produces(MediaType.APPLICATION_JSON)
public class DonationsResource {

    @Inject
    Donations donations;

    @Inject
    SandboxPayments sandbox;

    @GET
    @Path("giving-options")
    @PermitAll
    @Operation(summary = "What the donation form offers: preset amounts, limits, currency, sandbox or Stripe")
    public GivingOptions giving() {
        return donations.giving();
    }

    @GET
    @Path("mine")
    @PermitAll
    @SecurityRequirement(name = "token")
    @Operation(summary = "The signed-in donor's donations, newest first")
    public List<DonationView> mine() {
        return donations.mine();
    }

    @GET
    @Path("by-token/{token}")
    @PermitAll
    @Operation(summary = "A donation by the token of its thank-you page")
    public DonationView byToken(@PathParam("token") String token) {
        return donations.byToken(token);
    }

    @GET
    @Path("receipts/{token}.pdf")
    @PermitAll
    @Produces("application/pdf")
    @Operation(summary = "The receipt of a paid donation (PDF)")
    public Response receipt(@PathParam("token") String token) {
        return Response.ok(donations.receipt(token))
                .header("Content-Disposition", "attachment; filename=\"receipt.pdf\"")
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public DonationView get(@PathParam("id") long id) {
        return donations.get(id);
    }

    @POST
    @Path("{id}/refund")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refunds what is left of a paid donation: {reason}; its match goes back to the pools")
    public DonationView refund(@PathParam("id") long id, JsonObject body) {
        return donations.refund(id, body == null ? null : body.getString("reason", null));
    }

    @POST
    @Path("{id}/sandbox-dispute")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox only: plays the card holder's bank, {status: OPEN | WON | LOST}")
    public Response dispute(@PathParam("id") long id, JsonObject body) {
        sandbox.dispute(
                id,
                QueryValues.enumValue(
                        PaymentSnapshot.Dispute.class, body == null ? null : body.getString("status", null), "status"));
        return Response.noContent().build();
    }
}

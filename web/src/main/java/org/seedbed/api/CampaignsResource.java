package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.seedbed.campaign.boundary.CampaignForm;
import org.seedbed.campaign.boundary.CampaignLedger;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.Campaigns;
import org.seedbed.campaign.boundary.DonationForm;
import org.seedbed.campaign.boundary.DonationStart;
import org.seedbed.campaign.boundary.DonationView;
import org.seedbed.campaign.boundary.Donations;
import org.seedbed.campaign.boundary.Ledgers;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.problem.InvalidInputException;

/**
 * Public campaigns and giving to them. Anyone reads active campaigns and gives; organizations'
 * members create and edit their campaigns; officers approve them and read their donations and
 * ledgers.
 */
@Path("/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject
    Campaigns campaigns;

    @Inject
    Donations donations;

    @Inject
    Ledgers ledgers;

    @Context
    HttpServletRequest request;

    @GET
    @PermitAll
    @Operation(summary = "Campaigns taking gifts now, ending soonest first")
    public List<CampaignView> active() {
        return campaigns.active();
    }

    @GET
    @Path("all")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "Every campaign of the city, optionally of one status (DRAFT, PENDING, ACTIVE, …)")
    public List<CampaignView> all(@QueryParam("status") String status) {
        return campaigns.all(QueryValues.enumValue(Campaign.Status.class, status, "status"));
    }

    @GET
    @Path("mine")
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    public List<CampaignView> mine() {
        return campaigns.mine();
    }

    @POST
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a draft campaign for a verified organization (and optionally its grant)")
    public Response create(CampaignForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(campaigns.create(form))
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A campaign with its progress, recent gifts, updates and matching sponsors")
    public CampaignView get(@PathParam("id") long id) {
        return campaigns.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignView update(@PathParam("id") long id, CampaignForm form) {
        return campaigns.update(id, form);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed("NGO_MEMBER")
    @SecurityRequirement(name = "token")
    @Operation(summary = "Asks the officers to approve and open the organization's campaign")
    public CampaignView submit(@PathParam("id") long id) {
        return campaigns.submit(id);
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public CampaignView approve(@PathParam("id") long id) {
        return campaigns.approve(id);
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends the campaign back to its organization: {note}")
    public CampaignView reject(@PathParam("id") long id, JsonObject body) {
        return campaigns.reject(id, body == null ? null : body.getString("note", null));
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public CampaignView end(@PathParam("id") long id) {
        return campaigns.end(id);
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public CampaignView cancel(@PathParam("id") long id) {
        return campaigns.cancel(id);
    }

    @POST
    @Path("{id}/updates")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Posts news on the campaign page: {bodyZh, bodyEn}")
    public CampaignView postUpdate(@PathParam("id") long id, JsonObject body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return campaigns.postUpdate(id, body.getString("bodyZh", null), body.getString("bodyEn", null));
    }

    @PUT
    @Path("{id}/cover")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    @SecurityRequirement(name = "token")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Sets the campaign's cover picture (JPEG or PNG, ?fileName=)")
    public CampaignView cover(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) {
        return campaigns.setCover(id, fileName, body);
    }

    @GET
    @Path("{id}/cover")
    @PermitAll
    @Produces({"image/jpeg", "image/png"})
    public Response cover(@PathParam("id") long id) {
        var cover = campaigns.cover(id);
        return Response.ok(cover.file().toFile(), cover.contentType())
                .header("Cache-Control", "public, max-age=300")
                .build();
    }

    @GET
    @Path("{id}/match-preview")
    @PermitAll
    @Operation(summary = "What a gift of ?amount= (yuan) would be matched now")
    public Map<String, BigDecimal> matchPreview(@PathParam("id") long id, @QueryParam("amount") String amount) {
        BigDecimal value;
        try {
            value = amount == null ? null : new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("amount", "donation.amount.format");
        }
        return Map.of("amount", value == null ? BigDecimal.ZERO : value, "match", donations.matchPreview(id, value));
    }

    @POST
    @Path("{id}/donations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Starts a gift: {amount, name, email, message, anonymous}; reserves its match and returns"
                    + " the payment page (Stripe Checkout, or the sandbox) to send the donor to")
    public Response donate(@PathParam("id") long id, DonationForm form) {
        DonationStart start = donations.start(id, form, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(start).build();
    }

    @GET
    @Path("{id}/donations")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "The campaign's donations, newest first; ?flagged=true for those with fraud flags")
    public List<DonationView> donations(@PathParam("id") long id, @QueryParam("flagged") boolean flagged) {
        return donations.ofCampaign(id, flagged);
    }

    @GET
    @Path("{id}/ledger")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "The campaign's ledger; ?reconcile=true checks every paid donation against the provider")
    public CampaignLedger ledger(@PathParam("id") long id, @QueryParam("reconcile") boolean reconcile) {
        return ledgers.of(id, reconcile);
    }

    @GET
    @Path("{id}/ledger.xlsx")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response ledgerXlsx(@PathParam("id") long id) {
        return Response.ok(ledgers.export(id))
                .header("Content-Disposition", "attachment; filename=\"ledger-" + id + ".xlsx\"")
                .build();
    }
}

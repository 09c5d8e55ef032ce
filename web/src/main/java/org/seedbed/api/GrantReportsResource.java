package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.seedbed.grant.boundary.ReportForm;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.boundary.Reports;

/** Grant reports: the grantee saves and submits them; officers approve them or ask for changes. */
@Path("/v1/grant-reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
@SecurityRequirement(name = "token")
public class GrantReportsResource {

    @Inject
    Reports reports;

    @GET
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Operation(summary = "Reports submitted and waiting for review")
    public List<ReportView> toReview() {
        return reports.toReview();
    }

    @GET
    @Path("{id}")
    public ReportView get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("NGO_MEMBER")
    @Operation(
            summary =
                    "Saves the draft: {narrative, indicatorActuals:{CODE:n}, expenses:[{category,item,amount}], version}")
    public ReportView save(@PathParam("id") long id, ReportForm form) {
        return reports.save(id, form);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed("NGO_MEMBER")
    @Operation(summary = "Submits the report (?version=)")
    public ReportView submit(@PathParam("id") long id, @QueryParam("version") String version) {
        return reports.submit(id, QueryValues.longValue(version, "version"));
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Operation(summary = "Approves the report: {note}")
    public ReportView approve(@PathParam("id") long id, JsonObject body) {
        return reports.approve(id, body == null ? null : body.getString("note", null));
    }

    @POST
    @Path("{id}/change-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Operation(summary = "Asks for changes, reopening the report: {note}")
    public ReportView requestChanges(@PathParam("id") long id, JsonObject body) {
        return reports.requestChanges(id, body == null ? null : body.getString("note", null));
    }
}

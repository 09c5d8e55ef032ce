package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import org.seedbed.grant.boundary.CreditRecordView;
import org.seedbed.grant.boundary.CreditRecords;
import org.seedbed.grant.entity.CreditNote;

/** An organization's credit record (信用档案), its notes and debarments. */
@Path("/v1/organizations/{organizationId}/credit-record")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class CreditRecordsResource {

    @Inject
    CreditRecords records;

    @GET
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "REVIEWER", "NGO_MEMBER"})
    public CreditRecordView get(@PathParam("organizationId") long organizationId) {
        return records.of(organizationId);
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Records a violation, commendation or note: {kind: VIOLATION|COMMENDATION|NOTE, text, grantId}")
    public CreditRecordView note(@PathParam("organizationId") long organizationId, JsonObject body) {
        JsonObject given = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return records.note(
                organizationId,
                QueryValues.enumValue(CreditNote.Kind.class, given.getString("kind", null), "kind"),
                given.getString("text", null),
                given.containsKey("grantId") && !given.isNull("grantId")
                        ? given.getJsonNumber("grantId").longValue()
                        : null);
    }

    @POST
    @Path("debarments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Debars the organization from applying: {startsOn, years, reason}")
    public CreditRecordView debar(@PathParam("organizationId") long organizationId, JsonObject body) {
        JsonObject given = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return records.debar(
                organizationId,
                QueryValues.date(given.getString("startsOn", null), "startsOn"),
                given.containsKey("years") && !given.isNull("years") ? given.getInt("years") : null,
                given.getString("reason", null));
    }
}

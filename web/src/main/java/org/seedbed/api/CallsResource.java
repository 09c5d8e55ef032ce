package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.seedbed.call.boundary.CallFileView;
import org.seedbed.call.boundary.CallFiles;
import org.seedbed.call.boundary.CallForm;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.problem.InvalidInputException;

/**
 * Venture-philanthropy calls. Anyone reads published calls and their application forms; program
 * officers draft, publish, close and archive them.
 */
@Path("/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    @Inject
    Calls calls;

    @Inject
    CallFiles callFiles;

    @GET
    @PermitAll
    @Operation(summary = "Published (and closed or archived) calls, newest deadline first; staff may ask for all=true")
    public List<CallView> list(@QueryParam("all") boolean all) {
        return all ? calls.all() : calls.published();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public CallView one(@PathParam("id") long id) {
        return calls.find(id);
    }

    @GET
    @Path("{id}/form")
    @PermitAll
    @Operation(summary = "The application form: the published version for applicants, the draft for staff")
    public FormDefinition form(@PathParam("id") long id) {
        return calls.draftForm(id);
    }

    @POST
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Drafts a call; without categories and form it starts from Baohe’s six categories and the standard form."
                            + " Times are the city’s wall-clock times")
    public Response create(CallForm form) {
        CallView created = calls.create(form);
        return Response.created(URI.create("calls/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    public CallView update(@PathParam("id") long id, CallForm form) {
        return calls.update(id, required(form));
    }

    @PUT
    @Path("{id}/form")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves the form being built (?version= of the call); publish to make it a new version")
    public FormDefinition editForm(
            @PathParam("id") long id, FormDefinition form, @QueryParam("version") String version) {
        return calls.editForm(id, required(form), QueryValues.longValue(version, "version"));
    }

    @GET
    @Path("{id}/intent-form")
    @PermitAll
    @Operation(
            summary = "Two-stage calls: the letter-of-intent form (published version for applicants, draft for staff)")
    public FormDefinition intentForm(@PathParam("id") long id) {
        return calls.draftIntentForm(id);
    }

    @PUT
    @Path("{id}/intent-form")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Two-stage calls: saves the letter-of-intent form being built (?version= of the call)")
    public FormDefinition editIntentForm(
            @PathParam("id") long id, FormDefinition form, @QueryParam("version") String version) {
        return calls.editIntentForm(id, required(form), QueryValues.longValue(version, "version"));
    }

    @GET
    @Path("{id}/report-form")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "The questions the call's grant reports ask besides narrative, indicators and expenses")
    public FormDefinition reportForm(@PathParam("id") long id) {
        return calls.draftReportForm(id);
    }

    @PUT
    @Path("{id}/report-form")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Saves the report questions (?version= of the call); reports already scheduled keep theirs,"
                    + " no pages removes them")
    public FormDefinition editReportForm(
            @PathParam("id") long id, FormDefinition form, @QueryParam("version") String version) {
        return calls.editReportForm(id, required(form), QueryValues.longValue(version, "version"));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Operation(summary = "Publishes the call, freezing the current form as its next version")
    public CallView publish(@PathParam("id") long id, @QueryParam("version") String version) {
        return calls.publish(id, QueryValues.longValue(version, "version"));
    }

    @POST
    @Path("{id}/closing")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public CallView close(@PathParam("id") long id) {
        return calls.close(id);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public CallView archive(@PathParam("id") long id) {
        return calls.archive(id);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return body;
    }

    @GET
    @Path("{id}/files")
    @PermitAll
    @Operation(summary = "Files published with the call: guidelines, templates, policies")
    public List<CallFileView> files(@PathParam("id") long id) {
        return callFiles.of(id);
    }

    @POST
    @Path("{id}/files")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Publishes a file with the call (?title=&fileName=); PDF, JPEG or PNG, at most 10 MB")
    public Response addFile(
            @PathParam("id") long id,
            @QueryParam("title") String title,
            @QueryParam("fileName") String fileName,
            java.io.InputStream body) {
        CallFileView stored = callFiles.upload(id, title, fileName, body);
        return Response.created(URI.create("calls/" + id + "/files/" + stored.id()))
                .entity(stored)
                .build();
    }

    @GET
    @Path("{id}/files/{fileId}/content")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    public Response fileContent(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return Downloads.attachment(callFiles.content(id, fileId));
    }

    @DELETE
    @Path("{id}/files/{fileId}")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public Response removeFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        callFiles.delete(id, fileId);
        return Response.noContent().build();
    }
}

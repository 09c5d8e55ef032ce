package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.seedbed.review.boundary.Decisions;
import org.seedbed.review.boundary.NoticeView;
import org.seedbed.review.boundary.ObjectionForm;

/** The public notice (公示) of a call's proposed awards, open to everyone, and objections to it. */
@Path("/v1/calls/{callId}/notice")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class NoticesResource {

    @Inject
    Decisions decisions;

    @GET
    public NoticeView notice(@PathParam("callId") long callId) {
        return decisions.notice(callId);
    }

    @POST
    @Path("objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Files an objection while the notice is open: {submissionId (optional), name, contact, text}")
    public Response object(@PathParam("callId") long callId, ObjectionForm form) {
        long id = decisions.object(callId, form, null, null);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}

package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.review.boundary.PitchBoard;
import org.seedbed.review.boundary.Pitches;
import org.seedbed.tenancy.control.TenantContext;

/**
 * The chair's side of live pitch mode (路演): the board, opening and closing the current pitch,
 * and a stream of server-sent events that tells the chair's screen when to reload the board.
 */
@Path("/v1/calls/{callId}/review/pitches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class PitchesResource {

    @Inject
    Pitches pitches;

    @Inject
    PitchStreams streams;

    @GET
    @Operation(
            summary =
                    "The open (or last) pitch with its seats; scores stay sealed until every expert due has submitted")
    public PitchBoard board(@PathParam("callId") long callId) {
        return pitches.board(callId);
    }

    @PUT
    @Path("current")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens an application's pitch with a speaking time: {submissionId, minutes}")
    public PitchBoard open(@PathParam("callId") long callId, JsonObject body) {
        if (body == null || !body.containsKey("submissionId") || body.isNull("submissionId")) {
            throw InvalidInputException.of("submissionId", "assignment.pair.required");
        }
        Integer minutes = body.containsKey("minutes") && !body.isNull("minutes") ? body.getInt("minutes") : null;
        return pitches.open(callId, body.getJsonNumber("submissionId").longValue(), minutes);
    }

    @DELETE
    @Path("current")
    @Operation(summary = "Closes the open pitch")
    public PitchBoard close(@PathParam("callId") long callId) {
        return pitches.close(callId);
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events: 'pitch' whenever the board changed (no data beyond that)")
    public void events(@PathParam("callId") long callId, @Context SseEventSink sink, @Context Sse sse) {
        // Reading the board first applies the city's access rules: another city's call is not found.
        pitches.board(callId);
        streams.join(TenantContext.currentOrPlatform(), callId, sink, sse);
    }
}

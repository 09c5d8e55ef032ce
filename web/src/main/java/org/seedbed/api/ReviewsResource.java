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
import org.seedbed.review.boundary.CandidateView;
import org.seedbed.review.boundary.ConflictForm;
import org.seedbed.review.boundary.ConflictView;
import org.seedbed.review.boundary.Declarations;
import org.seedbed.review.boundary.LivePitchView;
import org.seedbed.review.boundary.MyPanelView;
import org.seedbed.review.boundary.MyReviewView;
import org.seedbed.review.boundary.Panels;
import org.seedbed.review.boundary.Pitches;
import org.seedbed.review.boundary.ReviewPacket;
import org.seedbed.review.boundary.ScoreSheetView;
import org.seedbed.review.boundary.ScoreSheets;
import org.seedbed.review.boundary.SheetForm;

/** The expert's side: invitations, declarations and bids, assigned applications and score sheets. */
@Path("/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("REVIEWER")
@SecurityRequirement(name = "token")
public class ReviewsResource {

    @Inject
    Pitches pitches;

    @Inject
    Panels panels;

    @Inject
    Declarations declarations;

    @Inject
    ScoreSheets sheets;

    @GET
    @Path("panels")
    public List<MyPanelView> panels() {
        return panels.myPanels();
    }

    @POST
    @Path("panels/{memberId}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accepts, signing the confidentiality and conflict-of-interest declaration: {signedName}")
    public MyPanelView accept(@PathParam("memberId") long memberId, JsonObject body) {
        return panels.accept(memberId, body == null ? null : body.getString("signedName", null));
    }

    @POST
    @Path("panels/{memberId}/refusal")
    public MyPanelView decline(@PathParam("memberId") long memberId) {
        return panels.decline(memberId);
    }

    @GET
    @Path("calls/{callId}/applications")
    @Operation(summary = "The applications of a panel the expert accepted, to declare conflicts and bid")
    public List<CandidateView> candidates(@PathParam("callId") long callId) {
        return declarations.candidates(callId);
    }

    @POST
    @Path("calls/{callId}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Declares a conflict: {submissionId, kind: EMPLOYMENT|BOARD_SEAT|FAMILY|MENTORING|PAST_FUNDING|OTHER, reason}")
    public ConflictView declare(@PathParam("callId") long callId, ConflictForm form) {
        return declarations.declare(callId, form);
    }

    @PUT
    @Path("calls/{callId}/bids/{submissionId}")
    @Operation(summary = "States a preference from -2 (rather not) to 2 (eager): ?preference=")
    public CandidateView bid(
            @PathParam("callId") long callId,
            @PathParam("submissionId") long submissionId,
            @QueryParam("preference") String preference) {
        Long value = QueryValues.longValue(preference, "preference");
        if (value == null) {
            throw org.seedbed.problem.InvalidInputException.of("preference", "bid.range");
        }
        return declarations.bid(callId, submissionId, value.intValue());
    }

    @GET
    @Path("pitches")
    @Operation(summary = "Pitches going on now that the expert is due to score, with the assignment to score them on")
    public List<LivePitchView> livePitches() {
        return pitches.live();
    }

    @GET
    @Path("assignments")
    public List<MyReviewView> mine() {
        return sheets.mine();
    }

    @GET
    @Path("assignments/{assignmentId}")
    public ReviewPacket packet(@PathParam("assignmentId") long assignmentId) {
        return sheets.packet(assignmentId);
    }

    @PUT
    @Path("assignments/{assignmentId}/sheet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves the draft sheet: {scores:{CODE:n}, recommendation, comments, version}")
    public ScoreSheetView save(@PathParam("assignmentId") long assignmentId, SheetForm form) {
        return sheets.save(assignmentId, form);
    }

    @POST
    @Path("assignments/{assignmentId}/sheet/submission")
    @Operation(summary = "Submits and locks the sheet (?version=)")
    public ScoreSheetView submit(@PathParam("assignmentId") long assignmentId, @QueryParam("version") String version) {
        return sheets.submit(assignmentId, QueryValues.longValue(version, "version"));
    }
}

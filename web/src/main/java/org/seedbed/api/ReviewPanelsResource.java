package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.math.BigDecimal;
import java.util.List;
import org.seedbed.review.boundary.AssignmentBoard;
import org.seedbed.review.boundary.Assignments;
import org.seedbed.review.boundary.ConflictForm;
import org.seedbed.review.boundary.ConflictView;
import org.seedbed.review.boundary.DecisionForm;
import org.seedbed.review.boundary.DecisionView;
import org.seedbed.review.boundary.Decisions;
import org.seedbed.review.boundary.NoticeView;
import org.seedbed.review.boundary.ObjectionView;
import org.seedbed.review.boundary.PanelForm;
import org.seedbed.review.boundary.PanelView;
import org.seedbed.review.boundary.Panels;
import org.seedbed.review.boundary.RankingView;
import org.seedbed.review.boundary.Rankings;
import org.seedbed.review.control.Rubric;
import org.seedbed.review.entity.NoticeObjection;
import org.seedbed.review.ranking.Method;

/**
 * Officers' side of a call's review: the panel and its rubric, invitations, conflicts,
 * assignments, the ranking, decisions, the public notice and its objections.
 */
@Path("/v1/calls/{callId}/review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class ReviewPanelsResource {

    @Inject
    Panels panels;

    @Inject
    Assignments assignments;

    @Inject
    Rankings rankings;

    @Inject
    Decisions decisions;

    @GET
    @Path("panel")
    public PanelView panel(@PathParam("callId") long callId) {
        return panels.panel(callId);
    }

    @PUT
    @Path("panel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{reviewersNeeded, reviewersByCategory:{CODE:n}, blind, disagreementSd, version}")
    public PanelView configure(@PathParam("callId") long callId, PanelForm form) {
        return panels.configure(callId, form);
    }

    @PUT
    @Path("rubric")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Weighted criteria {criteria:[{code,nameZh,nameEn,weight,min,max,guidanceZh,guidanceEn}]}")
    public PanelView rubric(@PathParam("callId") long callId, Rubric rubric) {
        return panels.editRubric(callId, rubric);
    }

    @POST
    @Path("panel/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invites an expert of the pool by e-mail: {expertId, maxLoad}")
    public PanelView invite(@PathParam("callId") long callId, JsonObject body) {
        if (body == null || !body.containsKey("expertId")) {
            throw org.seedbed.problem.InvalidInputException.of("expertId", "panel.expert.required");
        }
        Integer maxLoad = body.containsKey("maxLoad") && !body.isNull("maxLoad") ? body.getInt("maxLoad") : null;
        return panels.invite(callId, body.getJsonNumber("expertId").longValue(), maxLoad);
    }

    @GET
    @Path("conflicts")
    public List<ConflictView> conflicts(@PathParam("callId") long callId) {
        return assignments.conflicts(callId);
    }

    @POST
    @Path("conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a conflict: {expertId, submissionId, kind, reason}")
    public ConflictView addConflict(@PathParam("callId") long callId, ConflictForm form) {
        return assignments.addConflict(callId, form);
    }

    @POST
    @Path("conflicts/{conflictId}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Waives a conflict with a reason: {reason}")
    public ConflictView waive(
            @PathParam("callId") long callId, @PathParam("conflictId") long conflictId, JsonObject body) {
        return assignments.waive(callId, conflictId, body == null ? null : body.getString("reason", null));
    }

    @GET
    @Path("assignments")
    public AssignmentBoard board(@PathParam("callId") long callId) {
        return assignments.board(callId);
    }

    @POST
    @Path("assignments/computation")
    @Operation(summary = "Computes an optimal assignment (min-cost flow), keeping pinned pairs; before release only")
    public AssignmentBoard compute(@PathParam("callId") long callId) {
        return assignments.compute(callId);
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assigns by hand (pinned): {expertId, submissionId}")
    public AssignmentBoard add(@PathParam("callId") long callId, JsonObject body) {
        if (body == null || !body.containsKey("expertId") || !body.containsKey("submissionId")) {
            throw org.seedbed.problem.InvalidInputException.of("expertId", "assignment.pair.required");
        }
        return assignments.add(
                callId,
                body.getJsonNumber("expertId").longValue(),
                body.getJsonNumber("submissionId").longValue());
    }

    @DELETE
    @Path("assignments/{assignmentId}")
    public AssignmentBoard remove(@PathParam("callId") long callId, @PathParam("assignmentId") long assignmentId) {
        return assignments.remove(callId, assignmentId);
    }

    @POST
    @Path("assignments/release")
    @Operation(summary = "Releases the assignments to the experts")
    public AssignmentBoard release(@PathParam("callId") long callId) {
        return assignments.release(callId);
    }

    @GET
    @Path("ranking")
    @Operation(
            summary = "Ranking by ?method=WEIGHTED_MEAN|TRIMMED_MEAN|Z_SCORE|MEDIAN with all four side by side,"
                    + " the score matrix and a recommendation within the fund (?passMark=60)")
    public RankingView ranking(
            @PathParam("callId") long callId,
            @QueryParam("method") String method,
            @QueryParam("passMark") String passMark) {
        return rankings.rank(callId, QueryValues.enumValue(Method.class, method, "method"), decimal(passMark));
    }

    @GET
    @Path("ranking.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response rankingXlsx(
            @PathParam("callId") long callId,
            @QueryParam("method") String method,
            @QueryParam("passMark") String passMark) {
        return Response.ok(rankings.exportXlsx(
                        callId, QueryValues.enumValue(Method.class, method, "method"), decimal(passMark)))
                .header("Content-Disposition", "attachment; filename=\"ranking.xlsx\"")
                .build();
    }

    @GET
    @Path("decisions")
    public List<DecisionView> decisions(@PathParam("callId") long callId) {
        return decisions.ofCall(callId);
    }

    @PUT
    @Path("decisions/{submissionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{outcome: FUNDED|RESERVE|DECLINED, amount (yuan, when funded), reason (when declined)}")
    public DecisionView decide(
            @PathParam("callId") long callId, @PathParam("submissionId") long submissionId, DecisionForm form) {
        return decisions.decide(submissionId, form);
    }

    @POST
    @Path("notice")
    @Operation(
            summary = "Publishes the public notice (公示) of proposed awards for ?days= (default 7), or until"
                    + " ?closesAt= (city time, e.g. 2026-12-01T17:00), and tells applicants")
    public NoticeView publish(
            @PathParam("callId") long callId,
            @QueryParam("days") String days,
            @QueryParam("closesAt") String closesAt) {
        Long period = QueryValues.longValue(days, "days");
        return decisions.publishNotice(callId, period == null ? null : period.intValue(), dateTime(closesAt));
    }

    private static java.time.LocalDateTime dateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw org.seedbed.problem.InvalidInputException.of("closesAt", "notice.closesAt.future");
        }
    }

    @GET
    @Path("objections")
    public List<ObjectionView> objections(@PathParam("callId") long callId) {
        return decisions.objections(callId);
    }

    @GET
    @Path("objections/{objectionId}/evidence")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("callId") long callId, @PathParam("objectionId") long objectionId) {
        return Downloads.attachment(decisions.evidence(callId, objectionId));
    }

    @POST
    @Path("objections/{objectionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolves an objection after re-review: {outcome: UPHELD|DISMISSED, resolution}")
    public ObjectionView resolve(
            @PathParam("callId") long callId, @PathParam("objectionId") long objectionId, JsonObject body) {
        NoticeObjection.Status outcome = body == null
                ? null
                : QueryValues.enumValue(NoticeObjection.Status.class, body.getString("outcome", null), "outcome");
        return decisions.resolve(
                callId, objectionId, outcome, body == null ? null : body.getString("resolution", null));
    }

    @POST
    @Path("finalization")
    @Operation(summary = "Makes the awards final once the notice closed without open objections")
    public NoticeView finalizeAwards(@PathParam("callId") long callId) {
        return decisions.finalizeAwards(callId);
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw org.seedbed.problem.InvalidInputException.of("passMark", "problem.number", text);
        }
    }
}

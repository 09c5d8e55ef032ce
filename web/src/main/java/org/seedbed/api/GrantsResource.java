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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.seedbed.grant.boundary.Agreements;
import org.seedbed.grant.boundary.AwardForm;
import org.seedbed.grant.boundary.EvaluationAssignment;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.Evaluations;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.grant.boundary.Reevaluation;
import org.seedbed.grant.boundary.Tranches;
import org.seedbed.grant.entity.Grant;
import org.seedbed.problem.InvalidInputException;

/**
 * Grants after the award: making a grant of a final award, the portfolio and its export, the
 * agreement (generate, sign, upload the signed scan, countersign), releasing tranches, assigning
 * evaluations, termination and recovery.
 */
@Path("/v1/grants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class GrantsResource {

    @Inject
    Grants grants;

    @Inject
    Agreements agreements;

    @Inject
    Tranches tranches;

    @Inject
    Evaluations evaluations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Makes a grant of a final award: {submissionId, tranchePlan:'50/30/20', startsOn, endsOn, targets:{CODE:n}}")
    public Response award(NewGrant body) {
        if (body == null || body.submissionId() == null) {
            throw InvalidInputException.of("submissionId", "problem.body.required");
        }
        GrantView grant = grants.award(
                body.submissionId(), new AwardForm(body.tranchePlan(), body.startsOn(), body.endsOn(), body.targets()));
        return Response.status(Response.Status.CREATED).entity(grant).build();
    }

    /** The award to make a grant of, with the grant's plan, period and indicator targets. */
    public record NewGrant(
            Long submissionId,
            String tranchePlan,
            LocalDate startsOn,
            LocalDate endsOn,
            Map<String, BigDecimal> targets) {}

    @GET
    @Operation(summary = "The portfolio: ?status=ACTIVE&call=&q=")
    public List<GrantSummary> portfolio(
            @QueryParam("status") String status, @QueryParam("call") String call, @QueryParam("q") String text) {
        return grants.portfolio(
                QueryValues.enumValue(Grant.Status.class, status, "status"), QueryValues.longValue(call, "call"), text);
    }

    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response export(
            @QueryParam("status") String status, @QueryParam("call") String call, @QueryParam("q") String text) {
        return Response.ok(grants.exportXlsx(
                        QueryValues.enumValue(Grant.Status.class, status, "status"),
                        QueryValues.longValue(call, "call"),
                        text))
                .header("Content-Disposition", "attachment; filename=\"grants.xlsx\"")
                .build();
    }

    @GET
    @Path("mine")
    @RolesAllowed("NGO_MEMBER")
    @Operation(summary = "The grants of the caller's organizations")
    public List<GrantSummary> mine() {
        return grants.mine();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER", "EVALUATOR"})
    public GrantView get(@PathParam("id") long id) {
        return grants.get(id);
    }

    @POST
    @Path("{id}/agreement")
    @Operation(summary = "Generates the agreement PDF from the template (again, until the organization signed)")
    public GrantView generateAgreement(@PathParam("id") long id) {
        return agreements.generate(id);
    }

    @GET
    @Path("{id}/agreement.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER", "EVALUATOR"})
    public Response agreement(@PathParam("id") long id) {
        return Downloads.attachment(agreements.document(id));
    }

    @GET
    @Path("{id}/agreement/scan")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
    public Response scan(@PathParam("id") long id) {
        return Downloads.attachment(agreements.scan(id));
    }

    @POST
    @Path("{id}/agreement/signature")
    @RolesAllowed("NGO_MEMBER")
    @Operation(summary = "An owner of the organization signs in Seedbed")
    public GrantView sign(@PathParam("id") long id) {
        return agreements.sign(id);
    }

    @POST
    @Path("{id}/agreement/scan")
    @RolesAllowed("NGO_MEMBER")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "An owner uploads the signed and sealed agreement as the body (?fileName=)")
    public GrantView signWithScan(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) {
        return agreements.signWithScan(id, fileName, body);
    }

    @POST
    @Path("{id}/agreement/countersignature")
    @Operation(summary = "The officer countersigns; the grant starts")
    public GrantView countersign(@PathParam("id") long id) {
        return agreements.countersign(id);
    }

    @POST
    @Path("{id}/tranches/{position}/release")
    @Operation(summary = "Releases a tranche when its conditions hold (409 with the first one that does not)")
    public GrantView release(@PathParam("id") long id, @PathParam("position") int position) {
        return tranches.release(id, position);
    }

    @POST
    @Path("{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assigns an evaluation: {stage: MID_TERM|FINAL, evaluatorUsername, evaluatorOrganization, dueOn}")
    public EvaluationView assign(@PathParam("id") long id, EvaluationAssignment assignment) {
        return evaluations.assign(id, assignment);
    }

    @POST
    @Path("{id}/reevaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Orders a failed stage evaluated again after rectification (整改后复评): {stage, rectification,"
                    + " evaluatorUsername, evaluatorOrganization, dueOn}; a pass resumes the held grant")
    public EvaluationView reevaluate(@PathParam("id") long id, Reevaluation order) {
        return evaluations.reevaluate(id, order);
    }

    @POST
    @Path("{id}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Terminates the grant: {reason, clawback}")
    public GrantView terminate(@PathParam("id") long id, JsonObject body) {
        return grants.terminate(
                id,
                body == null ? null : body.getString("reason", null),
                body == null || !body.containsKey("clawback") || body.isNull("clawback")
                        ? null
                        : body.getJsonNumber("clawback").bigDecimalValue());
    }

    @POST
    @Path("{id}/recoveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records money returned after termination: {amount}")
    public GrantView recover(@PathParam("id") long id, JsonObject body) {
        BigDecimal amount = body == null || !body.containsKey("amount") || body.isNull("amount")
                ? null
                : body.getJsonNumber("amount").bigDecimalValue();
        return grants.recover(id, amount);
    }
}

package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.seedbed.grant.boundary.EvaluationForm;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.Evaluations;
import org.seedbed.grant.control.EvaluationRubric;

/** Evaluations for evaluators (only those assigned to them) and officers. */
@Path("/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR"})
@SecurityRequirement(name = "token")
public class EvaluationsResource {

    @Inject
    Evaluations evaluations;

    @GET
    @Operation(summary = "The evaluations the caller is to do")
    public List<EvaluationView> mine() {
        return evaluations.mine();
    }

    @GET
    @Path("rubric")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR", "NGO_MEMBER"})
    @Operation(summary = "Dimensions with maximum points, pass mark, bonus and penalty caps")
    public EvaluationRubric rubric() {
        return evaluations.rubric();
    }

    @GET
    @Path("{id}")
    public EvaluationView get(@PathParam("id") long id) {
        return evaluations.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Saves points: {scores:{IMPLEMENTATION:30,...}, adjustments:[{code,points,note}], comments, version}")
    public EvaluationView save(@PathParam("id") long id, EvaluationForm form) {
        return evaluations.save(id, form);
    }

    @POST
    @Path("{id}/evidence")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attaches evidence as the body (?fileName=): PDF, JPEG or PNG, at most 10 MB")
    public EvaluationView evidence(
            @PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) {
        return evaluations.attachEvidence(id, fileName, body);
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR", "NGO_MEMBER"})
    public Response downloadEvidence(@PathParam("id") long id) {
        return Downloads.attachment(evaluations.evidence(id));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submits the evaluation (?version=); below the pass mark it holds the waiting tranche")
    public EvaluationView submit(@PathParam("id") long id, @QueryParam("version") String version) {
        return evaluations.submit(id, QueryValues.longValue(version, "version"));
    }
}

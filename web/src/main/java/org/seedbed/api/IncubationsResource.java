package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.seedbed.incubation.boundary.Admission;
import org.seedbed.incubation.boundary.AssessmentForm;
import org.seedbed.incubation.boundary.Closing;
import org.seedbed.incubation.boundary.IncubationApplication;
import org.seedbed.incubation.boundary.IncubationDetail;
import org.seedbed.incubation.boundary.IncubationPipeline;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.incubation.boundary.MilestoneForm;
import org.seedbed.incubation.boundary.ServiceForm;
import org.seedbed.incubation.entity.IncubationStatus;
import org.seedbed.problem.InvalidInputException;

/**
 * Incubation from application (入园申请) to graduation (出壳): each step is a POST on the
 * incubation, so that the history of decisions reads like the process.
 */
@Path("/v1/incubations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
@SecurityRequirement(name = "token")
public class IncubationsResource {

    @Inject
    Incubations incubations;

    @GET
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Operation(summary = "Staff list of applications and incubatees, by incubator and status")
    public List<IncubationView> list(@QueryParam("incubator") String incubator, @QueryParam("status") String status) {
        return incubations.list(
                QueryValues.longValue(incubator, "incubator"),
                QueryValues.enumValue(IncubationStatus.class, status, "status"));
    }

    @GET
    @Path("mine")
    @RolesAllowed("NGO_MEMBER")
    @Operation(summary = "The incubations of the caller's organizations")
    public List<IncubationView> mine() {
        return incubations.mine();
    }

    @GET
    @Path("mentees")
    @RolesAllowed({"MENTOR", "PROGRAM_OFFICER"})
    @Operation(summary = "The running incubations the caller mentors or staffs")
    public List<IncubationView> mentees() {
        return incubations.mentees();
    }

    @GET
    @Path("pipeline")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public IncubationPipeline pipeline() {
        return incubations.pipeline();
    }

    @POST
    @RolesAllowed("NGO_MEMBER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Applies to enter an incubator for a verified organization of the caller")
    public Response apply(IncubationApplication application) {
        IncubationView created = incubations.apply(application);
        return Response.created(URI.create("incubations/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public IncubationDetail one(@PathParam("id") long id) {
        return incubations.find(id);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed("NGO_MEMBER")
    public IncubationView withdraw(@PathParam("id") long id) {
        return incubations.withdraw(id);
    }

    @POST
    @Path("{id}/admission")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admits the applicant: agreement period, mentor, workstation")
    public IncubationView admit(@PathParam("id") long id, Admission admission) {
        return incubations.admit(id, required(admission));
    }

    @POST
    @Path("{id}/agreement")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amends a running agreement: end date, mentor, workstation")
    public IncubationView amend(@PathParam("id") long id, Admission admission) {
        return incubations.amend(id, required(admission));
    }

    @POST
    @Path("{id}/declination")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    public IncubationView decline(@PathParam("id") long id, Closing closing) {
        return incubations.decline(id, required(closing));
    }

    @POST
    @Path("{id}/graduation")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Graduation (出壳); needs a FINAL capacity assessment")
    public IncubationView graduate(@PathParam("id") long id, Closing closing) {
        return incubations.graduate(id, closing);
    }

    @POST
    @Path("{id}/exit")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    public IncubationView exit(@PathParam("id") long id, Closing closing) {
        return incubations.exit(id, required(closing));
    }

    @POST
    @Path("{id}/services")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    public IncubationDetail recordService(@PathParam("id") long id, ServiceForm service) {
        return incubations.recordService(id, required(service));
    }

    @POST
    @Path("{id}/milestones")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    public IncubationDetail planMilestone(@PathParam("id") long id, MilestoneForm milestone) {
        return incubations.planMilestone(id, required(milestone));
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/achievement")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    @Operation(summary = "Marks a milestone reached (?on=yyyy-mm-dd, default today)")
    public IncubationDetail achieve(
            @PathParam("id") long id, @PathParam("milestoneId") long milestoneId, @QueryParam("on") String on) {
        return incubations.achieveMilestone(id, milestoneId, QueryValues.date(on, "on"));
    }

    @POST
    @Path("{id}/assessments")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a capacity assessment: {kind, assessedOn, scores: {DIMENSION: 0..100}, comment}")
    public IncubationDetail assess(@PathParam("id") long id, AssessmentForm assessment) {
        return incubations.assess(id, required(assessment));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return body;
    }
}

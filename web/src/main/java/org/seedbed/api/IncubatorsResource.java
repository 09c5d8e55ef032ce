package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.seedbed.incubation.boundary.DimensionView;
import org.seedbed.incubation.boundary.IncubatorForm;
import org.seedbed.incubation.boundary.IncubatorView;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.incubation.boundary.StaffMember;
import org.seedbed.problem.InvalidInputException;

/** The city's "1+N" incubators and the capacity dimensions incubatees are assessed on. */
@Path("/v1/incubators")
@Produces(MediaType.APPLICATION_JSON)
public class IncubatorsResource {

    @Inject
    Incubators incubators;

    @GET
    @PermitAll
    @Operation(summary = "Active incubators (staff also see inactive ones), district park first")
    public List<IncubatorView> all() {
        return incubators.all();
    }

    @GET
    @Path("capacity-dimensions")
    @PermitAll
    public List<DimensionView> dimensions() {
        return incubators.dimensions();
    }

    @PUT
    @Path("capacity-dimensions")
    @RolesAllowed("CITY_ADMIN")
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renames, reorders, adds or retires capacity dimensions")
    public List<DimensionView> saveDimensions(List<DimensionView> dimensions) {
        return incubators.saveDimensions(required(dimensions));
    }

    @GET
    @Path("mentor-candidates")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    public List<StaffMember> mentorCandidates() {
        return incubators.mentorCandidates();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public IncubatorView one(@PathParam("id") long id) {
        return incubators.find(id);
    }

    @POST
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(IncubatorForm form) {
        IncubatorView created = incubators.create(form);
        return Response.created(URI.create("incubators/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncubatorView update(@PathParam("id") long id, IncubatorForm form) {
        return incubators.update(id, required(form));
    }

    @PUT
    @Path("{id}/staff")
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    @SecurityRequirement(name = "token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the incubator's managers and mentors: [{userId, role}]")
    public IncubatorView staff(@PathParam("id") long id, List<StaffMember> staff) {
        return incubators.staff(id, required(staff));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return body;
    }
}

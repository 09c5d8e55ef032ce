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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.seedbed.review.boundary.ExpertForm;
import org.seedbed.review.boundary.ExpertPool;
import org.seedbed.review.boundary.ExpertView;

/** The city's expert pool (专家库), kept by officers. */
@Path("/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
@SecurityRequirement(name = "token")
public class ExpertsResource {

    @Inject
    ExpertPool pool;

    @GET
    public List<ExpertView> all() {
        return pool.all();
    }

    @GET
    @Path("{id}")
    public ExpertView get(@PathParam("id") long id) {
        return pool.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Adds a person with an account to the pool: {username, employer, orgUnitId, expertise[], phone, maxLoad}")
    public Response add(ExpertForm form) {
        ExpertView added = pool.add(form);
        return Response.created(URI.create("experts/" + added.id()))
                .entity(added)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExpertView update(@PathParam("id") long id, ExpertForm form) {
        return pool.update(id, form);
    }
}

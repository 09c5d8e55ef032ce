package org.seedbed.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.seedbed.account.boundary.ApiTokens;
import org.seedbed.account.boundary.IssuedToken;
import org.seedbed.account.boundary.TokenView;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.tenancy.control.TenantContext;

/** The caller themself: who they are, and their personal access tokens. */
@Path("/v1/me")
@RolesAllowed({
    "PLATFORM_ADMIN",
    "CITY_ADMIN",
    "PROGRAM_OFFICER",
    "REVIEWER",
    "MENTOR",
    "EVALUATOR",
    "NGO_MEMBER",
    "DONOR"
})
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The body of {@code POST /me/tokens}. */
    public record TokenRequest(String name, Integer validDays) {}

    @Inject
    ApiTokens tokens;

    @GET
    public Map<String, Object> me(@Context SecurityContext security) {
        return Map.of("username", security.getUserPrincipal().getName(), "city", TenantContext.currentOrPlatform());
    }

    @GET
    @Path("tokens")
    public List<TokenView> tokens() {
        return tokens.mine();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        IssuedToken issued = tokens.create(body.name(), body.validDays());
        return Response.status(201).entity(issued).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}

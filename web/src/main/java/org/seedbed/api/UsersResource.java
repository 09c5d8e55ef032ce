package org.seedbed.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.seedbed.account.boundary.NewUser;
import org.seedbed.account.boundary.UserView;
import org.seedbed.account.boundary.Users;
import org.seedbed.account.entity.Role;
import org.seedbed.problem.InvalidInputException;

/** Accounts of the city (or platform admins on the platform site), for admins. */
@Path("/v1/users")
@RolesAllowed({"CITY_ADMIN", "PLATFORM_ADMIN"})
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** The body of {@code PUT /users/{id}/roles}. */
    public record RolesRequest(Set<Role> roles) {}

    @Inject
    Users users;

    @GET
    public List<UserView> all() {
        return users.list();
    }

    @GET
    @Path("{id}")
    public UserView one(@PathParam("id") long id) {
        return users.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        UserView created = users.create(body, ApiLanguage.of(language));
        return Response.created(URI.create("users/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView changeRoles(@PathParam("id") long id, RolesRequest body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return users.changeRoles(id, body.roles());
    }

    @DELETE
    @Path("{id}")
    public UserView disable(@PathParam("id") long id) {
        return users.disable(id);
    }
}

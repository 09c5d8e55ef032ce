package org.seedbed.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.seedbed.account.boundary.Accounts;
import org.seedbed.account.boundary.Registration;
import org.seedbed.account.entity.Role;
import org.seedbed.problem.InvalidInputException;

/** Self-service for apps: registering, verifying an e-mail address, resetting a password. */
@Path("/v1")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    public record RegistrationRequest(String username, String email, String displayName, String password, Role role) {}

    public record TokenRequest(String token) {}

    public record ResetRequest(String email) {}

    public record NewPasswordRequest(String token, String password) {}

    @Inject
    Accounts accounts;

    @POST
    @Path("registrations")
    @Operation(summary = "Register as an NGO member or donor of the city; answers 202, a verification e-mail follows")
    public Response register(RegistrationRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        RegistrationRequest form = required(body);
        accounts.register(
                new Registration(form.username(), form.email(), form.displayName(), form.password(), form.role()),
                ApiLanguage.of(language));
        // The same answer whether or not the address already had an account: the mail tells.
        return Response.accepted().build();
    }

    @POST
    @Path("email-verifications")
    public Response verify(TokenRequest body) {
        accounts.verifyEmail(required(body).token());
        return Response.noContent().build();
    }

    @POST
    @Path("password-reset-requests")
    @Operation(summary = "Mail a reset link if the address has an account; answers 202 either way")
    public Response requestReset(ResetRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        accounts.requestPasswordReset(required(body).email(), ApiLanguage.of(language));
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets")
    public Response reset(NewPasswordRequest body) {
        NewPasswordRequest form = required(body);
        accounts.resetPassword(form.token(), form.password());
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return body;
    }
}

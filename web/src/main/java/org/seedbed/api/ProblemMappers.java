package org.seedbed.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.ProblemMessages;
import org.seedbed.problem.SeedbedProblem;

/**
 * Turns every failure into a problem-details response. Problems the caller caused explain
 * themselves; anything else is logged with the request id and answered with a plain 500.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Locale locale = ApiLanguage.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        if (cause instanceof InvalidInputException invalid) {
            return problem(400, invalid.key(), invalid.message(locale), instance, invalid, locale);
        }
        if (cause instanceof SeedbedProblem problem) {
            return problem(problem.status(), problem.key(), problem.message(locale), instance, null, locale);
        }
        if (cause instanceof EJBAccessException) {
            return simple(403, "problem.forbidden", instance, locale);
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (status == 403 && (security == null || security.getUserPrincipal() == null)) {
                status = 401; // RESTEasy answers 403 for a missing role even when nobody is signed in
            }
            String key =
                    switch (status) {
                        case 401 -> "problem.unauthenticated";
                        case 403 -> "problem.forbidden";
                        case 404 -> "problem.notFound.plain";
                        case 405 -> "problem.methodNotAllowed";
                        case 406, 415 -> "problem.mediaType";
                        default -> "problem.badRequest";
                    };
            return simple(status, key, instance, locale);
        }
        if (cause instanceof ProcessingException
                || cause instanceof jakarta.json.JsonException
                || cause instanceof jakarta.json.bind.JsonbException) {
            return simple(400, "problem.badRequest", instance, locale);
        }
        if (isConflict(thrown)) {
            return simple(409, "problem.conflict", instance, locale);
        }
        LOG.error("unexpected failure", thrown);
        return simple(500, "problem.internal", instance, locale);
    }

    private static Response simple(int status, String key, String instance, Locale locale) {
        return problem(status, key, ProblemMessages.format(locale, key), instance, null, locale);
    }

    private static Response problem(
            int status, String key, String detail, String instance, InvalidInputException invalid, Locale locale) {
        JsonObject body =
                Problems.of(status, key, detail, instance, invalid == null ? List.of() : invalid.problems(), locale);
        return Response.status(status)
                .type(Problems.MEDIA_TYPE)
                .entity(body.toString())
                .build();
    }

    /** A unique key taken meanwhile, or an edit of a row someone changed since it was read. */
    private static boolean isConflict(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                    || t.getClass().getName().equals("org.hibernate.exception.ConstraintViolationException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException && !(current instanceof EJBAccessException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}

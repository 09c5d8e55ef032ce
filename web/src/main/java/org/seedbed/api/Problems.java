package org.seedbed.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.ProblemMessages;

/** Builds RFC 9457 problem details ({@code application/problem+json}) in the caller's language. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://seedbed.org/problems/";

    private Problems() {}

    public static JsonObject of(
            int status, String key, String detail, String instance, List<FieldProblem> fields, Locale locale) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", TYPE_BASE + key)
                .add("title", ProblemMessages.format(locale, "status." + status))
                .add("status", status)
                .add("detail", detail);
        if (instance != null) {
            problem.add("instance", instance);
        }
        if (!fields.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fields.forEach(f -> errors.add(
                    Json.createObjectBuilder().add("field", f.field()).add("message", f.message(locale))));
            problem.add("errors", errors);
        }
        return problem.build();
    }

    /** Writes a problem straight to the response, for filters that answer before JAX-RS. */
    public static void write(HttpServletResponse response, HttpServletRequest request, int status, String key)
            throws IOException {
        Locale locale = ApiLanguage.of(request.getHeader("Accept-Language"));
        JsonObject body =
                of(status, key, ProblemMessages.format(locale, key), request.getRequestURI(), List.of(), locale);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.toString());
    }
}

package org.seedbed.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.seedbed.api.Problems;
import org.seedbed.tenancy.control.TenantRequest;
import org.seedbed.tenancy.web.CityResolution;

/**
 * Guards pages and the API at the edge. Pages: anonymous callers go to the login page and come
 * back afterwards; signed-in callers without the role get 403. API: a token of another city gets
 * 404 (the city's data does not exist for it), an invalid token 401, and a session (cookie)
 * caller may only read: changes through the API need a token, so no other site can make a
 * browser change data (CSRF).
 */
public class AccessFilter extends HttpFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TenantRequest.Target target = CityResolution.of(request);
        String path = target.innerPath();
        if (path.startsWith("/api/")) {
            if (request.getAttribute(SeedbedAuthenticationMechanism.FOREIGN_TOKEN) != null
                    || (request.getUserPrincipal() == null
                            && request.getAttribute(SeedbedAuthenticationMechanism.FOREIGN_SESSION) != null)) {
                Problems.write(response, request, 404, "problem.notFound.plain");
                return;
            }
            if (request.getAttribute(SeedbedAuthenticationMechanism.THROTTLED) instanceof Long retryAfter) {
                response.setHeader("Retry-After", String.valueOf(retryAfter));
                Problems.write(response, request, 429, "problem.throttled");
                return;
            }
            if (request.getAttribute(SeedbedAuthenticationMechanism.INVALID_TOKEN) != null) {
                response.setHeader("WWW-Authenticate", "Bearer");
                Problems.write(response, request, 401, "problem.token.invalid");
                return;
            }
            boolean bySession = request.getUserPrincipal() != null
                    && request.getAttribute(SeedbedAuthenticationMechanism.BY_TOKEN) == null;
            if (bySession && !READ_METHODS.contains(request.getMethod())) {
                Problems.write(response, request, 403, "problem.api.tokenRequired");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        PageAccess.Requirement requirement = PageAccess.of(path, target.city().isPresent());
        if (requirement != PageAccess.Requirement.NONE && request.getUserPrincipal() == null) {
            String back = target.urlPrefix()
                    + path
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + target.urlPrefix() + "/login.xhtml?next="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        var roles = PageAccess.roles(requirement);
        if (!roles.isEmpty() && roles.stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}

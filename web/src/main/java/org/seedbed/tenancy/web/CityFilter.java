package org.seedbed.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRequest;

/**
 * The edge of every request: gives it a request id, selects its city (404 for an unknown one) and
 * puts both into the log context. Clears the thread afterwards so that nothing leaks into the
 * next request served by the same worker thread.
 */
public class CityFilter extends HttpFilter {

    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Inject
    CityResolution resolution;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String incoming = request.getHeader("X-Request-Id");
        String requestId = incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        response.setHeader("X-Request-Id", requestId);
        MDC.put("requestId", requestId);
        try {
            TenantRequest.Target target = resolution.resolve(request);
            MDC.put("city", target.city().orElse("-"));
            if (target.unknownCity()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            MDC.remove("city");
            MDC.remove("requestId");
        }
    }
}

package org.seedbed.tenancy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seedbed.tenancy.control.TenantRequest;

/**
 * Serves {@code /c/{city}/x} as {@code /x} for the selected city: pages and resources exist once
 * and the city comes from the prefix. Links written by pages get the prefix back from
 * {@link org.seedbed.faces.CityAwareViewHandler}.
 */
public class CityPathForwarder extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TenantRequest.Target target = CityResolution.of(request);
        if (target != null && !target.urlPrefix().isEmpty()) {
            request.getRequestDispatcher(target.innerPath()).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}

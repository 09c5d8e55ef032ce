package org.seedbed.tenancy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantDirectory;
import org.seedbed.tenancy.control.TenantRequest;
import org.seedbed.tenancy.control.TenantSlug;

/**
 * Resolves the city of a request once and remembers it on the request, then selects it for the
 * thread. Called by the authentication mechanism (which runs before any filter) and by
 * {@link CityFilter}; whichever runs first does the work.
 */
@ApplicationScoped
public class CityResolution {

    static final String ATTRIBUTE = CityResolution.class.getName();

    @Inject
    TenantDirectory directory;

    public TenantRequest.Target resolve(HttpServletRequest request) {
        TenantRequest.Target target = (TenantRequest.Target) request.getAttribute(ATTRIBUTE);
        if (target == null) {
            // The decoded, normalized path the container dispatches on: access rules must see
            // the same path the servlet will serve (no %-escapes or ;parameters to slip through).
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            target = TenantRequest.resolve(request.getHeader("Host"), path, directory);
            request.setAttribute(ATTRIBUTE, target);
        }
        TenantContext.enter(target.city().orElse(TenantSlug.PLATFORM));
        return target;
    }

    /** The target of a request already resolved (inside filters, pages and resources). */
    public static TenantRequest.Target of(HttpServletRequest request) {
        return (TenantRequest.Target) request.getAttribute(ATTRIBUTE);
    }
}

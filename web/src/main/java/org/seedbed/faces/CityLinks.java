package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.seedbed.tenancy.control.TenantRequest;
import org.seedbed.tenancy.web.CityResolution;

/** Links for plain anchors in pages: {@code #{links.to('/login.xhtml')}} keeps the city prefix. */
@Named("links")
@RequestScoped
public class CityLinks {

    @Inject
    HttpServletRequest request;

    public String to(String path) {
        TenantRequest.Target target = CityResolution.of(request);
        String prefix = target == null ? "" : target.urlPrefix();
        return request.getContextPath() + prefix + path;
    }

    /** A link to another city's home, from the platform site. */
    public String city(String slug) {
        return request.getContextPath() + TenantRequest.PATH_PREFIX + slug + "/";
    }
}

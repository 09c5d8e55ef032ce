package org.seedbed.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.seedbed.tenancy.control.TenantRequest;
import org.seedbed.tenancy.web.CityResolution;

/**
 * Puts the {@code /c/{city}} prefix back into every URL a page writes (form actions, links,
 * redirects) when the page was reached through it, so the city survives every click.
 */
public class CityAwareViewHandler extends ViewHandlerWrapper {

    public CityAwareViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return withCityPrefix(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return withCityPrefix(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return withCityPrefix(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    static String withCityPrefix(FacesContext context, String url) {
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        TenantRequest.Target target = CityResolution.of(request);
        if (target == null || target.urlPrefix().isEmpty()) {
            return url;
        }
        String contextPath = request.getContextPath();
        String path = url.startsWith(contextPath) ? url.substring(contextPath.length()) : url;
        if (path.startsWith(target.urlPrefix() + "/")) {
            return url;
        }
        return contextPath + target.urlPrefix() + path;
    }
}

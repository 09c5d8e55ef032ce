package org.seedbed.tenancy.web;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import org.jboss.logging.MDC;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Clears the city and the log context when a request ends, however it ended: the authentication
 * mechanism selects the city before any filter runs, and a request can end before the filters.
 */
@WebListener
public class CityRequestCleanup implements ServletRequestListener {

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        TenantContext.clear();
        MDC.remove("city");
        MDC.remove("requestId");
    }
}

package org.seedbed.tenancy.hibernate;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.seedbed.tenancy.control.TenantContext;

/** Hibernate asks this which city a new session belongs to. */
public class CurrentCityResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.currentOrPlatform();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}

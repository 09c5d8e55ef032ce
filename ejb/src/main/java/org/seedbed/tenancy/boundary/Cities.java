package org.seedbed.tenancy.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.CityProvisioner;
import org.seedbed.tenancy.control.TenantRegistry;

/** Platform admins create, list and retire cities. */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Cities {

    @Inject
    CityProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Inject
    org.seedbed.tenancy.control.Housekeeping housekeeping;

    @Resource
    SessionContext session;

    public List<CityView> all() {
        return registry.all().stream().map(CityView::of).toList();
    }

    public CityView find(String slug) {
        return registry.find(slug).map(CityView::of).orElseThrow(() -> new NotFoundException("city", slug));
    }

    public CityCreated create(NewCity request) {
        return provisioner.create(request, session.getCallerPrincipal().getName());
    }

    /** Runs the nightly housekeeping now; answers what was purged where. */
    public java.util.Map<String, Integer> housekeepNow() {
        return housekeeping.runNow();
    }

    public CityView retire(String slug) {
        return provisioner.retire(slug, session.getCallerPrincipal().getName());
    }
}

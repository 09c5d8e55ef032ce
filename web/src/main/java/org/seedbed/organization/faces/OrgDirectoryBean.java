package org.seedbed.organization.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seedbed.organization.boundary.OrganizationFilter;
import org.seedbed.organization.boundary.OrganizationPage;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.tenancy.control.TenantContext;

/** The public directory of verified organizations (organizations.xhtml): search, filters, pages. */
@Named
@ViewScoped
public class OrgDirectoryBean extends OrganizationListing {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 12;

    @Inject
    Organizations organizations;

    @Override
    protected OrganizationPage fetch(OrganizationFilter filter) {
        // The platform site has no directory of its own.
        return TenantContext.currentCity().isEmpty() ? Paging.empty(PAGE_SIZE) : organizations.directory(filter);
    }

    @Override
    protected int pageSize() {
        return PAGE_SIZE;
    }
}

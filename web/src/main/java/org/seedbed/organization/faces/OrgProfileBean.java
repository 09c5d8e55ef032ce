package org.seedbed.organization.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.control.TenantContext;

/**
 * The public profile of one organization (organization.xhtml?id=). Anyone sees a verified
 * profile; members and staff see more; a missing or hidden one is simply "not found".
 */
@Named
@RequestScoped
public class OrgProfileBean {

    @Inject
    Organizations organizations;

    private String id;
    private OrganizationView organization;

    /** View action: loads the profile; anything unusable in the address counts as not found. */
    public void load() {
        Long parsed = AddressIds.parse(id);
        if (parsed == null || TenantContext.currentCity().isEmpty()) {
            return;
        }
        try {
            organization = organizations.find(parsed);
        } catch (NotFoundException e) {
            organization = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public boolean isFound() {
        return organization != null;
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

package org.seedbed.organization.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationFilter;
import org.seedbed.organization.boundary.OrganizationPage;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.problem.SeedbedProblem;

/**
 * The staff list of all organizations of the city (staff/organizations.xhtml): search, filters,
 * pages of 25, exports with the same filter, and the size of the review queue.
 */
@Named
@ViewScoped
public class StaffOrganizationsBean extends OrganizationListing {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @Inject
    Organizations organizations;

    private OrganizationStatus status;
    private Integer queueSize;

    @Override
    protected OrganizationPage fetch(OrganizationFilter filter) {
        return organizations.list(filter);
    }

    @Override
    protected int pageSize() {
        return PAGE_SIZE;
    }

    @Override
    protected OrganizationStatus status() {
        return status;
    }

    @Override
    protected void clearStatus() {
        status = null;
    }

    public int getQueueSize() {
        if (queueSize == null) {
            try {
                queueSize = organizations.reviewQueue().size();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                queueSize = 0;
            }
        }
        return queueSize;
    }

    /** The filter as query parameters for the export links ("?q=…&kind=…"), empty when there is none. */
    public String getExportQuery() {
        List<String> parameters = new ArrayList<>();
        // The API names the text parameter "q", like its list endpoints.
        add(parameters, "q", Paging.trimToNull(getText()));
        add(parameters, "kind", getKind() == null ? null : getKind().name());
        add(parameters, "status", status == null ? null : status.name());
        add(parameters, "area", getArea() == null ? null : getArea().name());
        add(
                parameters,
                "orgUnit",
                getOrgUnitId() == null ? null : getOrgUnitId().toString());
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganizationStatus status) {
        this.status = status;
    }
}

package org.seedbed.organization.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationFilter;
import org.seedbed.organization.boundary.OrganizationPage;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.problem.SeedbedProblem;

/**
 * The staff list of all organizations of the city (staff/organizations.xhtml): search, filters,
 * pages of 25, exports with the same filter, and the size of the review queue.
 */
@Named
@ViewScoped
public class StaffOrganizationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @Inject
    Organizations organizations;

    private String text;
    private OrganizationKind kind;
    private OrganizationStatus status;
    private ServiceArea area;
    private Long orgUnitId;
    private int page;
    private OrganizationPage result;
    private Integer queueSize;

    public OrganizationPage getResult() {
        if (result == null) {
            result = load();
        }
        return result;
    }

    public void search() {
        page = 0;
        result = load();
    }

    public void clear() {
        text = null;
        kind = null;
        status = null;
        area = null;
        orgUnitId = null;
        search();
    }

    public void next() {
        if (page + 1 < getPageCount()) {
            page++;
            result = load();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            result = load();
        }
    }

    public int getPageCount() {
        return Paging.pageCount(getResult().total(), PAGE_SIZE);
    }

    public int getPageNumber() {
        return page + 1;
    }

    public long getFrom() {
        return Paging.from(getResult());
    }

    public long getTo() {
        return Paging.to(getResult());
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
        add(parameters, "q", Paging.trimToNull(text));
        add(parameters, "kind", kind == null ? null : kind.name());
        add(parameters, "status", status == null ? null : status.name());
        add(parameters, "area", area == null ? null : area.name());
        add(parameters, "orgUnit", orgUnitId == null ? null : orgUnitId.toString());
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private OrganizationPage load() {
        try {
            return organizations.list(
                    new OrganizationFilter(Paging.trimToNull(text), kind, status, area, orgUnitId, page, PAGE_SIZE));
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return Paging.empty(PAGE_SIZE);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganizationStatus status) {
        this.status = status;
    }

    public ServiceArea getArea() {
        return area;
    }

    public void setArea(ServiceArea area) {
        this.area = area;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }
}

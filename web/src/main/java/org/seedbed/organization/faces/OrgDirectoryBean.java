package org.seedbed.organization.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationFilter;
import org.seedbed.organization.boundary.OrganizationPage;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.control.TenantContext;

/** The public directory of verified organizations (organizations.xhtml): search, filters, pages. */
@Named
@ViewScoped
public class OrgDirectoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 12;

    @Inject
    Organizations organizations;

    private String text;
    private OrganizationKind kind;
    private ServiceArea area;
    private Long orgUnitId;
    private int page;
    private OrganizationPage result;

    public OrganizationPage getResult() {
        if (result == null) {
            result = load();
        }
        return result;
    }

    /** Applies the search and filters from the first page. */
    public void search() {
        page = 0;
        result = load();
    }

    public void clear() {
        text = null;
        kind = null;
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

    public boolean isFiltered() {
        return (text != null && !text.isBlank()) || kind != null || area != null || orgUnitId != null;
    }

    private OrganizationPage load() {
        if (TenantContext.currentCity().isEmpty()) {
            return Paging.empty(PAGE_SIZE);
        }
        try {
            return organizations.directory(
                    new OrganizationFilter(Paging.trimToNull(text), kind, null, area, orgUnitId, page, PAGE_SIZE));
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

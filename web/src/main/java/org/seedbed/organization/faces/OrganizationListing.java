package org.seedbed.organization.faces;

import java.io.Serializable;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationFilter;
import org.seedbed.organization.boundary.OrganizationPage;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.problem.SeedbedProblem;

/**
 * A searchable, filtered, paged list of organizations, as the public directory and the staff
 * list both show it; each says which organizations it lists and how many per page.
 */
public abstract class OrganizationListing implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private OrganizationKind kind;
    private ServiceArea area;
    private Long orgUnitId;
    private int page;
    private OrganizationPage result;

    /** One page of the organizations the filter selects. */
    protected abstract OrganizationPage fetch(OrganizationFilter filter);

    protected abstract int pageSize();

    /** The status filter, where the list has one. */
    protected OrganizationStatus status() {
        return null;
    }

    protected void clearStatus() {}

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
        clearStatus();
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
        return Paging.pageCount(getResult().total(), pageSize());
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
        return Paging.trimToNull(text) != null || kind != null || area != null || orgUnitId != null || status() != null;
    }

    private OrganizationPage load() {
        try {
            return fetch(
                    new OrganizationFilter(Paging.trimToNull(text), kind, status(), area, orgUnitId, page, pageSize()));
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return Paging.empty(pageSize());
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

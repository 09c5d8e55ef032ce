package org.seedbed.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedbed.search.control.FacetNameCache;
import org.seedbed.search.control.FacetNames;
import org.seedbed.search.control.SearchRequests;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.query.Facet;
import org.seedbed.search.query.FacetCount;
import org.seedbed.search.query.SearchPage;
import org.seedbed.search.query.SearchRequest;
import org.seedbed.search.query.SiteSearch;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Searching a city. The public directory finds listed organizations, calls and campaigns; staff
 * find applications (never unsubmitted ones) and grants. Each search runs in the caller's city.
 */
@Stateless
public class Searches {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    FacetNameCache names;

    @PermitAll
    public SearchAnswer directory(SearchQuery query) {
        return answer(SearchRequests.of(query, DocumentType.PUBLIC, true));
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public SearchAnswer staff(SearchQuery query) {
        return answer(SearchRequests.of(query, DocumentType.STAFF, false));
    }

    private SearchAnswer answer(SearchRequest request) {
        SearchPage page = SiteSearch.search(em, request);
        String city = TenantContext.currentOrPlatform();
        Map<String, FacetNames.Names> units = names.units(city, em);
        Map<String, FacetNames.Names> categories = names.categories(city, em);
        List<SearchAnswer.FacetView> facets = new ArrayList<>();
        page.facets().forEach((facet, counts) -> {
            Map<String, FacetNames.Names> names =
                    facet == Facet.UNIT ? units : facet == Facet.CATEGORY ? categories : Map.of();
            List<SearchAnswer.FacetValue> values = new ArrayList<>();
            for (FacetCount count : counts) {
                FacetNames.Names name = names.get(count.value());
                values.add(new SearchAnswer.FacetValue(
                        count.value(),
                        count.count(),
                        count.selected(),
                        name == null ? null : name.zh(),
                        name == null ? null : name.en()));
            }
            facets.add(new SearchAnswer.FacetView(facet.key(), values));
        });
        return new SearchAnswer(
                request.text(),
                page.hits(),
                page.total(),
                page.page(),
                page.pageSize(),
                page.pageCount(),
                facets,
                page.tookMillis());
    }
}

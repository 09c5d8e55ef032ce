package org.seedbed.organization.search;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.search.document.SearchFields;

/**
 * Finds organizations of the current city by what people type (Chinese or English names, the
 * description, the credit code) with filters. The search session belongs to the entity manager's
 * city, so results never come from another city's documents.
 */
public final class OrganizationSearch {

    /** What to look for; null filters match everything. */
    public record Query(
            String text,
            OrganizationKind kind,
            OrganizationStatus status,
            ServiceArea area,
            Collection<Long> orgUnitIds,
            int offset,
            int limit) {}

    /** One page of hits and the total number of matches. */
    public record Hits(List<Organization> organizations, long total) {}

    private OrganizationSearch() {}

    public static Hits matching(EntityManager em, Query query) {
        SearchResult<Organization> result = Search.session(em)
                .search(Organization.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (query.text() != null && !query.text().isBlank()) {
                        String text = query.text().trim();
                        root.add(f.or(
                                f.simpleQueryString()
                                        .fields(
                                                SearchFields.TITLE_ZH,
                                                SearchFields.TITLE_EN,
                                                SearchFields.TEXT_ZH,
                                                SearchFields.TEXT_EN)
                                        .matching(text)
                                        .defaultOperator(BooleanOperator.AND),
                                f.match().field("creditCode").matching(text.toUpperCase(java.util.Locale.ROOT))));
                    }
                    if (query.kind() != null) {
                        root.add(f.match().field(SearchFields.KIND).matching(query.kind()));
                    }
                    if (query.status() != null) {
                        root.add(f.match().field(SearchFields.STATUS).matching(query.status()));
                    }
                    if (query.area() != null) {
                        root.add(f.match().field(SearchFields.AREA).matching(query.area()));
                    }
                    if (query.orgUnitIds() != null) {
                        root.add(f.terms()
                                .field(SearchFields.UNIT)
                                .matchingAny(query.orgUnitIds().stream()
                                        .map(String::valueOf)
                                        .toList()));
                    }
                })
                .sort(f -> f.score().then().field(SearchFields.TITLE_SORT))
                .fetch(query.offset(), query.limit());
        return new Hits(result.hits(), result.total().hitCount());
    }

    /**
     * Turns the documents of the entities changed so far into index work held until commit, so
     * that a long import can clear its persistence context as it goes and still index everything.
     */
    public static void processPending(EntityManager em) {
        Search.session(em).indexingPlan().process();
    }
}

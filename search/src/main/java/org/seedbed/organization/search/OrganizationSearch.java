package org.seedbed.organization.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.ServiceArea;

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
                                        .fields("nameZh", "nameEn", "description")
                                        .matching(text)
                                        .defaultOperator(BooleanOperator.AND),
                                f.match().field("creditCode").matching(text.toUpperCase(java.util.Locale.ROOT))));
                    }
                    if (query.kind() != null) {
                        root.add(f.match().field("kind").matching(query.kind()));
                    }
                    if (query.status() != null) {
                        root.add(f.match().field("status").matching(query.status()));
                    }
                    if (query.area() != null) {
                        root.add(f.match().field("serviceAreas").matching(query.area()));
                    }
                    if (query.orgUnitIds() != null) {
                        root.add(f.terms().field("orgUnit.id").matchingAny(query.orgUnitIds()));
                    }
                })
                .sort(f -> f.score().then().field("nameZh_sort"))
                .fetch(query.offset(), query.limit());
        return new Hits(result.hits(), result.total().hitCount());
    }

    /** Whether the city's index holds no organization yet. */
    public static boolean isEmpty(EntityManager em) {
        return Search.session(em)
                        .search(Organization.class)
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount()
                == 0;
    }

    /** Removes every organization document of a city, e.g. when the city was retired. */
    public static void purgeCity(EntityManagerFactory emf, String city) {
        Search.mapping(emf).scope(Organization.class).workspace(city).purge();
    }

    /** Rebuilds the current city's organization documents from the database. */
    public static void reindex(EntityManager em) throws InterruptedException {
        Search.session(em)
                .massIndexer(Organization.class)
                .threadsToLoadObjects(1)
                .startAndWait();
    }

    /**
     * Turns the documents of the entities changed so far into index work held until commit, so
     * that a long import can clear its persistence context as it goes and still index everything.
     */
    public static void processPending(EntityManager em) {
        Search.session(em).indexingPlan().process();
    }
}

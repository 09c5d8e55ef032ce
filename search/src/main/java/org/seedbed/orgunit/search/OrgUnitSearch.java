package org.seedbed.orgunit.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.seedbed.orgunit.entity.OrgUnit;

/**
 * Finds org units of the current city by name, in Chinese or English. The search session belongs
 * to the entity manager's city, so results never come from another city's documents.
 */
public final class OrgUnitSearch {

    private OrgUnitSearch() {}

    public static List<OrgUnit> matching(EntityManager em, String text, int limit) {
        return Search.session(em)
                .search(OrgUnit.class)
                .where(f -> f.simpleQueryString()
                        .fields("nameZh", "nameEn")
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .sort(f -> f.score().then().field("nameZh_sort"))
                .fetchHits(limit);
    }

    /** Whether the city's index holds no org unit yet (new index folder, or data restored). */
    public static boolean isEmpty(EntityManager em) {
        return Search.session(em).search(OrgUnit.class).where(f -> f.matchAll()).fetchTotalHitCount() == 0;
    }

    /** Removes every org unit document of a city, e.g. when the city was retired. */
    public static void purgeCity(jakarta.persistence.EntityManagerFactory emf, String city) {
        Search.mapping(emf).scope(OrgUnit.class).workspace(city).purge();
    }

    /** Rebuilds the current city's org unit documents from the database. */
    public static void reindex(EntityManager em) throws InterruptedException {
        SearchSession session = Search.session(em);
        session.massIndexer(OrgUnit.class).threadsToLoadObjects(1).startAndWait();
    }
}

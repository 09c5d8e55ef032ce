package org.seedbed.orgunit.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
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
}

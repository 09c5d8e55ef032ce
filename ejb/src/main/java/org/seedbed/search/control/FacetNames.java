package org.seedbed.search.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Names of the facet values that are ids or codes of the city's own data: org units and call
 * categories. Enum values (kinds, areas, statuses) are named by the pages' message bundles.
 */
public final class FacetNames {

    /** A Chinese and an English name. */
    public record Names(String zh, String en) {}

    private FacetNames() {}

    public static Map<String, Names> units(EntityManager em) {
        Map<String, Names> names = new HashMap<>();
        for (Object[] row : em.createQuery("select u.id, u.nameZh, u.nameEn from OrgUnit u", Object[].class)
                .getResultList()) {
            names.put(String.valueOf(row[0]), new Names((String) row[1], (String) row[2]));
        }
        return names;
    }

    /** Category names by code; where calls name one code differently, the newest call's names win. */
    public static Map<String, Names> categories(EntityManager em) {
        Map<String, Names> names = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select cat.code, cat.nameZh, cat.nameEn from FundingCall c join c.categories cat order by c.id",
                        Object[].class)
                .getResultList()) {
            names.put((String) row[0], new Names((String) row[1], (String) row[2]));
        }
        return names;
    }
}

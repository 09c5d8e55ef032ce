package org.seedbed.organization.control;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.organization.boundary.OrganizationStatistics;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.ServiceArea;

/**
 * The dashboard's counts, each one grouped query. Organizations are counted under the district
 * they serve in: their own unit if it is a district, else the district above it.
 */
public final class OrganizationCounts {

    private OrganizationCounts() {}

    public static OrganizationStatistics of(EntityManager em) {
        long total = em.createQuery("select count(o) from Organization o", Long.class)
                .getSingleResult();
        Map<String, Long> byStatus = inOrder(
                grouped(em, "select o.status, count(o) from Organization o group by o.status"),
                OrganizationStatus.values());
        Map<String, Long> byKind = inOrder(
                grouped(em, "select o.kind, count(o) from Organization o group by o.kind"), OrganizationKind.values());
        Map<String, Long> byArea = inOrder(
                grouped(em, "select a, count(o) from Organization o join o.serviceAreas a group by a"),
                ServiceArea.values());
        Map<String, Long> byYear = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "select extract(year from o.foundedOn), count(o) from Organization o"
                                + " where o.foundedOn is not null group by extract(year from o.foundedOn)"
                                + " order by extract(year from o.foundedOn)",
                        Object[].class)
                .getResultList()) {
            byYear.put(String.valueOf(row[0]), (Long) row[1]);
        }
        return new OrganizationStatistics(total, byStatus, byKind, byArea, byDistrict(em), byYear);
    }

    /** Walks up from each organization's unit to its district with a recursive query. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> byDistrict(EntityManager em) {
        List<Object[]> rows = em.createNativeQuery(
                        """
                        with recursive up(id, start_id, level, parent_id, name_zh, name_en) as (
                            select u.id, u.id, u.level, u.parent_id, u.name_zh, u.name_en from org_unit u
                            union all
                            select p.id, up.start_id, p.level, p.parent_id, p.name_zh, p.name_en
                            from org_unit p join up on p.id = up.parent_id where up.level <> 'DISTRICT'
                        )
                        select d.name_zh, coalesce(d.name_en, d.name_zh), count(o.id)
                        from organization o join up d on d.start_id = o.org_unit_id and d.level = 'DISTRICT'
                        group by d.name_zh, d.name_en order by count(o.id) desc, d.name_zh
                        """)
                .getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : rows) {
            result.put(row[0] + "|" + row[1], ((Number) row[2]).longValue());
        }
        return result;
    }

    private static Map<String, Long> grouped(EntityManager em, String jpql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            counts.put(String.valueOf(row[0]), (Long) row[1]);
        }
        return counts;
    }

    private static Map<String, Long> inOrder(Map<String, Long> counts, Enum<?>[] order) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Enum<?> value : order) {
            ordered.put(value.name(), counts.getOrDefault(value.name(), 0L));
        }
        return ordered;
    }
}

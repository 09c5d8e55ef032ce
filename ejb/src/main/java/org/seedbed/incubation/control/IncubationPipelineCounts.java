package org.seedbed.incubation.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.incubation.boundary.IncubationPipeline;
import org.seedbed.incubation.entity.IncubationStatus;
import org.seedbed.incubation.entity.Incubator;

/** Counts for the incubation pipeline chart and each incubator's load. */
public final class IncubationPipelineCounts {

    private IncubationPipelineCounts() {}

    public static IncubationPipeline of(EntityManager em) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (IncubationStatus status : IncubationStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        Map<Long, long[]> perIncubator = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.incubator.id, i.status, count(i) from Incubation i group by i.incubator.id, i.status",
                        Object[].class)
                .getResultList()) {
            IncubationStatus status = (IncubationStatus) row[1];
            long count = (Long) row[2];
            byStatus.merge(status.name(), count, Long::sum);
            long[] c = perIncubator.computeIfAbsent((Long) row[0], k -> new long[3]);
            switch (status) {
                case APPLIED -> c[0] += count;
                case INCUBATING -> c[1] += count;
                case GRADUATED -> c[2] += count;
                default -> {}
            }
        }
        List<IncubationPipeline.IncubatorLoad> loads = new ArrayList<>();
        for (Incubator incubator : em.createQuery("select i from Incubator i order by i.nameZh", Incubator.class)
                .getResultList()) {
            long[] c = perIncubator.getOrDefault(incubator.id(), new long[3]);
            loads.add(new IncubationPipeline.IncubatorLoad(
                    incubator.id(),
                    incubator.nameZh(),
                    incubator.nameEn(),
                    c[0],
                    c[1],
                    c[2],
                    incubator.workstations()));
        }
        return new IncubationPipeline(byStatus, loads, meanOf(em, "min"), meanOf(em, "max"));
    }

    /** The mean overall score of each incubatee's first (min) or latest (max) assessment. */
    private static Double meanOf(EntityManager em, String which) {
        Object result = em.createNativeQuery(
                        ("""
                        select avg(overall) from (
                            select a.incubation_id, avg(s.score) as overall
                            from capacity_assessment a join capacity_score s on s.assessment_id = a.id
                            where a.id in (select %s(id) from capacity_assessment group by incubation_id)
                            group by a.incubation_id, a.id) per_incubatee
                        """)
                                .formatted(which))
                .getSingleResult();
        return result == null ? null : Math.round(((Number) result).doubleValue() * 10) / 10.0;
    }
}

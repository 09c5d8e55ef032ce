package org.seedbed.organization.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.problem.InvalidInputException;

/** Org units and the units below them: a district's filter includes its streets and communities. */
@Stateless
public class OrgUnitScope {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public List<Long> unitAndBelow(long unitId) {
        Map<Long, List<Long>> children = new HashMap<>();
        boolean known = false;
        for (Object[] row : em.createQuery("select u.id, u.parent.id from OrgUnit u left join u.parent", Object[].class)
                .getResultList()) {
            Long id = (Long) row[0];
            known |= id == unitId;
            if (row[1] != null) {
                children.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(id);
            }
        }
        if (!known) {
            throw InvalidInputException.of("orgUnitId", "organization.orgUnit.unknown", unitId);
        }
        List<Long> result = new ArrayList<>();
        List<Long> frontier = new ArrayList<>(List.of(unitId));
        while (!frontier.isEmpty()) {
            Long next = frontier.remove(frontier.size() - 1);
            result.add(next);
            frontier.addAll(children.getOrDefault(next, List.of()));
        }
        return result;
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies below it. */
    public boolean isWithin(long unitId, long ancestorId) {
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        while (unit != null) {
            if (unit.id() == ancestorId) {
                return true;
            }
            unit = unit.parent();
        }
        return false;
    }

    /** Each unit's path below the city, as the import reads it ("包河区/万年埠街道"). */
    public Map<Long, String> paths() {
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select u.id, u.parent.id, u.nameZh from OrgUnit u left join u.parent", Object[].class)
                .getResultList()) {
            rows.put((Long) row[0], row);
        }
        Map<Long, String> paths = new HashMap<>();
        for (Long id : rows.keySet()) {
            List<String> names = new ArrayList<>();
            for (Object[] row = rows.get(id); row != null && row[1] != null; row = rows.get((Long) row[1])) {
                names.add(0, (String) row[2]);
            }
            paths.put(id, names.isEmpty() ? (String) rows.get(id)[2] : String.join("/", names));
        }
        return paths;
    }

    /** Every unit by its path below the city ("包河区/万年埠街道"), and by its own name where that is unique. */
    public Map<String, Long> byPathAndName() {
        List<OrgUnit> all =
                em.createQuery("select u from OrgUnit u", OrgUnit.class).getResultList();
        Map<String, Long> byKey = new HashMap<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        for (OrgUnit unit : all) {
            nameCounts.merge(unit.nameZh(), 1, Integer::sum);
        }
        for (OrgUnit unit : all) {
            List<String> path = new ArrayList<>();
            for (OrgUnit u = unit; u != null && u.parent() != null; u = u.parent()) {
                path.add(0, u.nameZh());
            }
            byKey.put(String.join("/", path), unit.id());
            if (unit.parent() == null) {
                byKey.put(unit.nameZh(), unit.id());
            }
            if (nameCounts.get(unit.nameZh()) == 1) {
                byKey.putIfAbsent(unit.nameZh(), unit.id());
            }
        }
        return byKey;
    }

    public OrgUnit unit(Long unitId, String field) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw InvalidInputException.of(field, "organization.orgUnit.unknown", unitId);
        }
        return unit;
    }
}

package org.seedbed.orgunit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.orgunit.control.OrgUnitCsv;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.TenantContext;

/**
 * The city's administrative tree. Anyone may read it (calls and incubators are published by org
 * unit); only the city admin changes it. Units that still have sub-units cannot be deleted.
 */
@Stateless
@RolesAllowed("CITY_ADMIN")
public class OrgUnits {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @PermitAll
    public List<OrgUnitView> all() {
        requireCity();
        // Top-down: levels are stored by name, so their order is the enum's, applied here.
        return em.createNamedQuery(OrgUnit.ALL, OrgUnit.class)
                .getResultStream()
                .sorted(java.util.Comparator.comparing((OrgUnit u) -> u.level().ordinal())
                        .thenComparing(OrgUnit::sortOrder)
                        .thenComparing(OrgUnit::nameZh))
                .map(OrgUnitView::of)
                .toList();
    }

    /** Units whose Chinese or English name matches what a person typed, best first. */
    @PermitAll
    public List<OrgUnitView> search(String text, int limit) {
        requireCity();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return org.seedbed.orgunit.search.OrgUnitSearch.matching(em, text.trim(), Math.max(1, Math.min(limit, 100)))
                .stream()
                .map(OrgUnitView::of)
                .toList();
    }

    @PermitAll
    public OrgUnitView find(long id) {
        return OrgUnitView.of(unit(id));
    }

    /** The whole tree as CSV, in the import format. */
    @PermitAll
    public String exportCsv() {
        return org.seedbed.orgunit.control.OrgUnitCsvExport.toCsv(all());
    }

    @PermitAll
    public long count() {
        requireCity();
        return em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult();
    }

    public OrgUnitView create(OrgUnitForm form) {
        if (form.parentId() == null) {
            throw InvalidInputException.of("parentId", "orgUnit.parent.required");
        }
        OrgUnit parent = unit(form.parentId());
        if (!parent.canHaveChildren()) {
            throw InvalidInputException.of("parentId", "orgUnit.parent.isCommunity");
        }
        checkNames(form);
        requireFreeName(parent, form.nameZh().trim(), null);
        OrgUnit unit = parent.addChild(form.nameZh().trim(), trimToNull(form.nameEn()), Instant.now(clock));
        unit.rename(unit.nameZh(), unit.nameEn(), trimToNull(form.code()));
        unit.placeAt(form.sortOrder() == null ? 0 : form.sortOrder());
        em.persist(unit);
        em.flush();
        OrgUnitView view = OrgUnitView.of(unit);
        audit.record("orgUnit.created", "orgUnit", unit.id(), null, view);
        return view;
    }

    public OrgUnitView update(long id, OrgUnitForm form) {
        OrgUnit unit = unit(id);
        if (form.version() != null && form.version() != unit.version()) {
            throw new ConflictException("orgUnit.changedMeanwhile");
        }
        checkNames(form);
        if (unit.parent() != null) {
            requireFreeName(unit.parent(), form.nameZh().trim(), unit.id());
        }
        OrgUnitView before = OrgUnitView.of(unit);
        unit.rename(form.nameZh().trim(), trimToNull(form.nameEn()), trimToNull(form.code()));
        if (form.sortOrder() != null) {
            unit.placeAt(form.sortOrder());
        }
        em.flush();
        OrgUnitView after = OrgUnitView.of(unit);
        audit.record("orgUnit.updated", "orgUnit", id, before, after);
        return after;
    }

    public void delete(long id) {
        OrgUnit unit = unit(id);
        if (unit.parent() == null) {
            throw new ConflictException("orgUnit.rootUndeletable");
        }
        long children = em.createNamedQuery(OrgUnit.COUNT_CHILDREN, Long.class)
                .setParameter("parent", unit)
                .getSingleResult();
        if (children > 0) {
            throw new ConflictException("orgUnit.hasChildren", children);
        }
        OrgUnitView before = OrgUnitView.of(unit);
        em.remove(unit);
        audit.record("orgUnit.deleted", "orgUnit", id, before, null);
    }

    /**
     * Imports units from CSV (see {@link OrgUnitCsv}). With {@code dryRun}, or when any row has a
     * problem, nothing is stored; otherwise all new units are added in one transaction.
     */
    public ImportReport importCsv(Reader csv, boolean dryRun) {
        OrgUnitCsv.Parsed parsed;
        try {
            parsed = OrgUnitCsv.parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        OrgUnit root = root();
        Map<List<String>, OrgUnit> byPath = new HashMap<>();
        byPath.put(List.of(), root);
        int created = 0;
        int present = 0;
        Instant now = Instant.now(clock);
        for (OrgUnitCsv.Row row : parsed.rows()) {
            OrgUnit parent = resolve(byPath, row.parentPath());
            if (parent == null) {
                problems.add(FieldProblem.of(
                        "line " + row.line(),
                        "orgUnit.csv.unknownParent",
                        row.line(),
                        String.join("/", row.parentPath())));
                continue;
            }
            Optional<OrgUnit> existing = child(parent, row.nameZh());
            if (existing.isPresent()) {
                byPath.put(row.path(), existing.get());
                present++;
                continue;
            }
            OrgUnit unit = parent.addChild(row.nameZh(), row.nameEn(), now);
            unit.rename(row.nameZh(), row.nameEn(), row.code());
            em.persist(unit);
            byPath.put(row.path(), unit);
            created++;
        }
        ImportReport report = new ImportReport(created, present, problems);
        if (dryRun || !problems.isEmpty()) {
            session.setRollbackOnly();
            return report;
        }
        audit.record("orgUnit.imported", "orgUnit", null, null, Map.of("created", created, "alreadyPresent", present));
        return report;
    }

    private OrgUnit resolve(Map<List<String>, OrgUnit> byPath, List<String> path) {
        OrgUnit known = byPath.get(path);
        if (known != null) {
            return known;
        }
        OrgUnit parent = resolve(byPath, path.subList(0, path.size() - 1));
        if (parent == null || parent.id() == null) {
            return null;
        }
        OrgUnit found = child(parent, path.get(path.size() - 1)).orElse(null);
        if (found != null) {
            byPath.put(List.copyOf(path), found);
        }
        return found;
    }

    private Optional<OrgUnit> child(OrgUnit parent, String nameZh) {
        if (parent.id() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(OrgUnit.CHILD_NAMED, OrgUnit.class)
                .setParameter("parent", parent)
                .setParameter("nameZh", nameZh)
                .getResultStream()
                .findFirst();
    }

    /** The city itself: the root of the tree, created with the city. */
    @PermitAll
    public OrgUnitView rootView() {
        return OrgUnitView.of(root());
    }

    private OrgUnit root() {
        requireCity();
        return em.createNamedQuery(OrgUnit.ROOT, OrgUnit.class)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("orgUnit", "root"));
    }

    private OrgUnit unit(long id) {
        requireCity();
        return Optional.ofNullable(em.find(OrgUnit.class, id)).orElseThrow(() -> new NotFoundException("orgUnit", id));
    }

    private void requireFreeName(OrgUnit parent, String nameZh, Long except) {
        child(parent, nameZh).filter(u -> !u.id().equals(except)).ifPresent(u -> {
            throw new ConflictException("orgUnit.nameTaken", nameZh);
        });
    }

    private static void checkNames(OrgUnitForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.nameZh() == null || form.nameZh().isBlank()) {
            problems.add(FieldProblem.of("nameZh", "orgUnit.nameZh.required"));
        } else if (form.nameZh().length() > 100) {
            problems.add(FieldProblem.of("nameZh", "field.tooLong", 100));
        }
        if (form.nameEn() != null && form.nameEn().length() > 150) {
            problems.add(FieldProblem.of("nameEn", "field.tooLong", 150));
        }
        if (form.code() != null && form.code().length() > 12) {
            problems.add(FieldProblem.of("code", "field.tooLong", 12));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireCity() {
        if (TenantContext.currentCity().isEmpty()) {
            throw new NotFoundException("city", "-");
        }
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

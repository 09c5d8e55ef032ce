package org.seedbed.incubation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seedbed.account.control.Callers;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.incubation.entity.CapacityDimension;
import org.seedbed.incubation.entity.IncubationStatus;
import org.seedbed.incubation.entity.Incubator;
import org.seedbed.incubation.entity.StaffRole;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * The city's "1+N" incubators: the district park and its street and community bases. Anyone
 * may read the active ones (NGOs choose where to apply); officers create, describe and staff
 * them; the city admin keeps the capacity dimensions.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Incubators {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @PermitAll
    public List<IncubatorView> all() {
        boolean staff = callers.isStaff();
        List<Incubator> incubators = em.createQuery(
                        "select i from Incubator i join fetch i.orgUnit order by i.nameZh", Incubator.class)
                .getResultList();
        Map<Long, long[]> counts = counts();
        return incubators.stream()
                .filter(i -> staff || i.active())
                .map(i -> view(i, counts))
                .sorted(Comparator.comparing((IncubatorView v) -> v.tier().ordinal())
                        .thenComparing(IncubatorView::nameZh))
                .toList();
    }

    @PermitAll
    public IncubatorView find(long id) {
        Incubator incubator = incubator(id);
        if (!incubator.active() && !callers.isStaff()) {
            throw new NotFoundException("incubator", id);
        }
        return view(incubator, counts());
    }

    public IncubatorView create(IncubatorForm form) {
        OrgUnit unit = check(form, null);
        Incubator incubator = new Incubator(form.nameZh().trim(), trim(form.nameEn()), unit, Instant.now(clock));
        describe(incubator, form, unit);
        em.persist(incubator);
        em.flush();
        IncubatorView view = view(incubator, counts());
        audit.record("incubator.created", "incubator", incubator.id(), null, view);
        return view;
    }

    public IncubatorView update(long id, IncubatorForm form) {
        Incubator incubator = incubator(id);
        if (form != null && form.version() != null && form.version() != incubator.version()) {
            throw new ConflictException("incubator.changedMeanwhile");
        }
        OrgUnit unit = check(form, id);
        IncubatorView before = view(incubator, counts());
        describe(incubator, form, unit);
        em.flush();
        IncubatorView after = view(incubator, counts());
        audit.record("incubator.updated", "incubator", id, before, after);
        return after;
    }

    /** Replaces the staff: managers and mentors, who must hold the matching role in the city. */
    public IncubatorView staff(long id, List<StaffMember> staff) {
        Incubator incubator = incubator(id);
        Map<Long, StaffRole> byUser = new LinkedHashMap<>();
        for (StaffMember member : staff == null ? List.<StaffMember>of() : staff) {
            UserAccount user = em.find(UserAccount.class, member.userId());
            if (user == null) {
                throw InvalidInputException.of("staff", "incubator.staff.unknown", member.userId());
            }
            StaffRole role = member.role() == null ? StaffRole.MENTOR : member.role();
            Role needed = role == StaffRole.MENTOR ? Role.MENTOR : Role.PROGRAM_OFFICER;
            if (!user.roles().contains(needed) && !user.roles().contains(Role.PROGRAM_OFFICER)) {
                throw InvalidInputException.of("staff", "incubator.staff.roleMissing", user.username());
            }
            byUser.put(user.id(), role);
        }
        IncubatorView before = view(incubator, counts());
        incubator.staffWith(byUser);
        em.flush();
        IncubatorView after = view(incubator, counts());
        audit.record("incubator.staffed", "incubator", id, before.staff(), after.staff());
        return after;
    }

    /** People who may mentor: the city's mentors and program officers. */
    public List<StaffMember> mentorCandidates() {
        return em.createQuery(
                        "select distinct u from UserAccount u join u.roles r where r in :roles order by u.displayName",
                        UserAccount.class)
                .setParameter("roles", Set.of(Role.MENTOR, Role.PROGRAM_OFFICER))
                .getResultStream()
                .map(u -> new StaffMember(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.roles().contains(Role.MENTOR) ? StaffRole.MENTOR : StaffRole.MANAGER))
                .toList();
    }

    @PermitAll
    public List<DimensionView> dimensions() {
        return em.createQuery("select d from CapacityDimension d order by d.sortOrder, d.code", CapacityDimension.class)
                .getResultStream()
                .map(d -> new DimensionView(d.code(), d.nameZh(), d.nameEn(), d.sortOrder(), d.active()))
                .toList();
    }

    /** Renames, reorders, adds or retires dimensions; past scores keep their codes. */
    @RolesAllowed("CITY_ADMIN")
    public List<DimensionView> saveDimensions(List<DimensionView> dimensions) {
        List<FieldProblem> problems = new ArrayList<>();
        for (DimensionView d : dimensions) {
            if (d.code() == null || !d.code().matches("[A-Z][A-Z0-9_]{1,31}")) {
                problems.add(FieldProblem.of("code", "dimension.code.invalid", d.code()));
            }
            if (d.nameZh() == null
                    || d.nameZh().isBlank()
                    || d.nameEn() == null
                    || d.nameEn().isBlank()) {
                problems.add(FieldProblem.of("name", "dimension.name.required", d.code()));
            }
        }
        if (dimensions.stream().noneMatch(DimensionView::active)) {
            problems.add(FieldProblem.of("active", "dimension.noneActive"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<DimensionView> before = dimensions();
        for (DimensionView d : dimensions) {
            CapacityDimension existing = em.find(CapacityDimension.class, d.code());
            if (existing == null) {
                CapacityDimension added = new CapacityDimension(
                        d.code(), d.nameZh().trim(), d.nameEn().trim(), d.sortOrder());
                added.rename(added.nameZh(), added.nameEn(), d.sortOrder(), d.active());
                em.persist(added);
            } else {
                existing.rename(d.nameZh().trim(), d.nameEn().trim(), d.sortOrder(), d.active());
            }
        }
        em.flush();
        List<DimensionView> after = dimensions();
        audit.record("incubation.dimensionsChanged", "capacityDimension", null, before, after);
        return after;
    }

    private OrgUnit check(IncubatorForm form, Long editedId) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (form.nameZh() == null || form.nameZh().isBlank()) {
            problems.add(FieldProblem.of("nameZh", "incubator.nameZh.required"));
        } else if (form.nameZh().trim().length() > 120) {
            problems.add(FieldProblem.of("nameZh", "field.tooLong", 120));
        }
        if (form.workstations() == null || form.workstations() < 0 || form.workstations() > 10_000) {
            problems.add(FieldProblem.of("workstations", "incubator.workstations.range"));
        }
        if (form.areaSqm() != null && (form.areaSqm() < 0 || form.areaSqm() > 1_000_000)) {
            problems.add(FieldProblem.of("areaSqm", "incubator.area.range"));
        }
        OrgUnit unit = form.orgUnitId() == null ? null : em.find(OrgUnit.class, form.orgUnitId());
        if (unit == null) {
            problems.add(FieldProblem.of("orgUnitId", "organization.orgUnit.unknown", form.orgUnitId()));
        } else if (!Incubator.canBeAttachedTo(unit)) {
            problems.add(FieldProblem.of("orgUnitId", "incubator.orgUnit.belowCity"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        em.createQuery("select i from Incubator i where i.nameZh = :name", Incubator.class)
                .setParameter("name", form.nameZh().trim())
                .getResultStream()
                .filter(i -> !i.id().equals(editedId))
                .findFirst()
                .ifPresent(i -> {
                    throw new ConflictException(
                            "incubator.nameTaken", form.nameZh().trim());
                });
        return unit;
    }

    private static void describe(Incubator incubator, IncubatorForm form, OrgUnit unit) {
        incubator.describe(
                form.nameZh().trim(),
                trim(form.nameEn()),
                unit,
                trim(form.address()),
                form.areaSqm(),
                form.workstations(),
                form.services() == null ? Set.of() : form.services(),
                trim(form.description()));
        if (Boolean.FALSE.equals(form.active())) {
            incubator.deactivate();
        } else {
            incubator.activate();
        }
    }

    /** Per incubator: workstations taken, incubating, graduated. */
    private Map<Long, long[]> counts() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.incubator.id, i.status, count(i), count(i.workstation) from Incubation i"
                                + " group by i.incubator.id, i.status",
                        Object[].class)
                .getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            if (row[1] == IncubationStatus.INCUBATING) {
                c[0] += (Long) row[3];
                c[1] += (Long) row[2];
            } else if (row[1] == IncubationStatus.GRADUATED) {
                c[2] += (Long) row[2];
            }
        }
        return counts;
    }

    private IncubatorView view(Incubator i, Map<Long, long[]> counts) {
        long[] c = counts.getOrDefault(i.id(), new long[3]);
        List<StaffMember> staff = new ArrayList<>();
        // Who works where (and their usernames) is for the city's staff only.
        Map<Long, StaffRole> visible = callers.isStaff() ? i.staff() : Map.of();
        visible.forEach((userId, role) -> Optional.ofNullable(em.find(UserAccount.class, userId))
                .ifPresent(u -> staff.add(new StaffMember(u.id(), u.username(), u.displayName(), role))));
        staff.sort(Comparator.comparing(StaffMember::role).thenComparing(StaffMember::displayName));
        return new IncubatorView(
                i.id(),
                i.nameZh(),
                i.nameEn(),
                i.orgUnit().id(),
                i.orgUnit().nameZh(),
                i.orgUnit().nameEn(),
                i.orgUnit().level(),
                i.address(),
                i.areaSqm(),
                i.workstations(),
                c[0],
                c[1],
                c[2],
                i.services().stream().sorted().toList(),
                i.description(),
                i.active(),
                staff,
                i.version());
    }

    private Incubator incubator(long id) {
        return Optional.ofNullable(em.find(Incubator.class, id))
                .orElseThrow(() -> new NotFoundException("incubator", id));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

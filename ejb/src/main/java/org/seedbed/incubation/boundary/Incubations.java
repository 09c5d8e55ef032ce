package org.seedbed.incubation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.incubation.control.AssessmentCheck;
import org.seedbed.incubation.control.IncubationAccess;
import org.seedbed.incubation.control.IncubationPipelineCounts;
import org.seedbed.incubation.entity.AssessmentKind;
import org.seedbed.incubation.entity.Incubation;
import org.seedbed.incubation.entity.IncubationStatus;
import org.seedbed.incubation.entity.Incubator;
import org.seedbed.incubation.entity.Milestone;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Incubation from application to graduation. NGO members apply for their verified organizations
 * and may withdraw; officers admit (agreement, mentor, workstation) or decline, and graduate or
 * exit incubatees; mentors and officers log services, milestones and capacity assessments.
 * An incubation the caller has nothing to do with is "not found".
 */
@Stateless
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
public class Incubations {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    IncubationAccess access;

    @Inject
    Incubators incubators;

    @Inject
    AuditTrail audit;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    @RolesAllowed("NGO_MEMBER")
    public IncubationView apply(IncubationApplication form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form == null || form.organizationId() == null) {
            throw InvalidInputException.of("organizationId", "incubation.organization.required");
        }
        if (form.incubatorId() == null) {
            problems.add(FieldProblem.of("incubatorId", "incubation.incubator.required"));
        }
        if (form.motivation() == null || form.motivation().isBlank()) {
            problems.add(FieldProblem.of("motivation", "incubation.motivation.required"));
        } else if (form.motivation().trim().length() > 2000) {
            problems.add(FieldProblem.of("motivation", "field.tooLong", 2000));
        }
        if (form.needs() != null && form.needs().trim().length() > 2000) {
            problems.add(FieldProblem.of("needs", "field.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Organization organization = Optional.ofNullable(em.find(Organization.class, form.organizationId()))
                .filter(o -> access.isMember(o.id()))
                .orElseThrow(() -> new NotFoundException("organization", form.organizationId()));
        Incubator incubator = Optional.ofNullable(em.find(Incubator.class, form.incubatorId()))
                .filter(Incubator::active)
                .orElseThrow(() -> InvalidInputException.of("incubatorId", "incubation.incubator.unknown"));
        if (organization.status() != OrganizationStatus.VERIFIED) {
            throw new ConflictException("incubation.organization.notVerified");
        }
        boolean open = em.createQuery(
                                "select count(i) from Incubation i where i.organization = :o and i.incubator = :inc"
                                        + " and i.status in :open",
                                Long.class)
                        .setParameter("o", organization)
                        .setParameter("inc", incubator)
                        .setParameter("open", List.of(IncubationStatus.APPLIED, IncubationStatus.INCUBATING))
                        .getSingleResult()
                > 0;
        if (open) {
            throw new ConflictException("incubation.alreadyOpen");
        }
        Incubation incubation = new Incubation(
                organization,
                incubator,
                form.motivation().trim(),
                form.needs() == null || form.needs().isBlank()
                        ? null
                        : form.needs().trim(),
                callers.name(),
                Instant.now(clock));
        em.persist(incubation);
        em.flush();
        IncubationView view = IncubationView.of(incubation);
        audit.record("incubation.applied", "incubation", incubation.id(), null, view);
        return view;
    }

    @RolesAllowed("NGO_MEMBER")
    public IncubationView withdraw(long id) {
        Incubation incubation = access.applicantOf(id);
        requireStatus(incubation, IncubationStatus.APPLIED);
        return change(incubation, "incubation.withdrawn", () -> incubation.withdraw(Instant.now(clock)));
    }

    /** The incubations of the caller's organizations. */
    @RolesAllowed("NGO_MEMBER")
    public List<IncubationView> mine() {
        return em.createQuery(
                        "select i from Incubation i where i.organization.id in"
                                + " (select m.organization.id from Membership m where m.user.id = :user)"
                                + " order by i.appliedAt desc",
                        Incubation.class)
                .setParameter("user", callers.current().id())
                .getResultStream()
                .map(IncubationView::of)
                .toList();
    }

    /** Staff list, optionally by incubator and status. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<IncubationView> list(Long incubatorId, IncubationStatus status) {
        return em.createQuery(
                        "select i from Incubation i join fetch i.organization join fetch i.incubator"
                                + " where (:incubator is null or i.incubator.id = :incubator)"
                                + " and (:status is null or i.status = :status) order by i.appliedAt desc",
                        Incubation.class)
                .setParameter("incubator", incubatorId)
                .setParameter("status", status)
                .getResultStream()
                .map(IncubationView::of)
                .toList();
    }

    /** A mentor's incubatees: those they mentor, and those of incubators they staff. */
    @RolesAllowed({"MENTOR", "PROGRAM_OFFICER"})
    public List<IncubationView> mentees() {
        long me = callers.current().id();
        return em.createQuery(
                        "select i from Incubation i where i.status = :incubating order by i.agreementEnd",
                        Incubation.class)
                .setParameter("incubating", IncubationStatus.INCUBATING)
                .getResultStream()
                .filter(i -> (i.mentor() != null && i.mentor().id() == me)
                        || i.incubator().isStaffedBy(me))
                .map(IncubationView::of)
                .toList();
    }

    public IncubationDetail find(long id) {
        Incubation incubation = access.readable(id);
        return detail(incubation);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public IncubationView admit(long id, Admission admission) {
        Incubation incubation = incubation(id);
        checkVersion(incubation, admission == null ? null : admission.version());
        requireStatus(incubation, IncubationStatus.APPLIED);
        requireNotOwnCase(incubation);
        if (incubation.organization().status() != OrganizationStatus.VERIFIED) {
            throw new ConflictException("incubation.organization.notVerified");
        }
        UserAccount mentor = checkAgreement(incubation, admission, false);
        return change(
                incubation,
                "incubation.admitted",
                () -> incubation.admit(
                        admission.agreementStart(),
                        admission.agreementEnd(),
                        mentor,
                        blankToNull(admission.workstation()),
                        callers.name(),
                        blankToNull(admission.note()),
                        Instant.now(clock)));
    }

    /** Extends the agreement, changes the mentor or the workstation of a running incubation. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public IncubationView amend(long id, Admission admission) {
        Incubation incubation = incubation(id);
        checkVersion(incubation, admission == null ? null : admission.version());
        requireStatus(incubation, IncubationStatus.INCUBATING);
        UserAccount mentor = checkAgreement(incubation, admission, true);
        return change(
                incubation,
                "incubation.amended",
                () -> incubation.amendAgreement(
                        admission.agreementEnd(), mentor, blankToNull(admission.workstation())));
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public IncubationView decline(long id, Closing closing) {
        Incubation incubation = incubation(id);
        checkVersion(incubation, closing == null ? null : closing.version());
        requireStatus(incubation, IncubationStatus.APPLIED);
        requireNotOwnCase(incubation);
        String reason = requiredNote(closing, "incubation.reason.required");
        return change(
                incubation,
                "incubation.declined",
                () -> incubation.decline(callers.name(), reason, Instant.now(clock)));
    }

    /** Graduation (出壳): needs a final assessment recorded before. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public IncubationView graduate(long id, Closing closing) {
        Incubation incubation = incubation(id);
        checkVersion(incubation, closing == null ? null : closing.version());
        requireStatus(incubation, IncubationStatus.INCUBATING);
        requireNotOwnCase(incubation);
        if (incubation.assessments().stream().noneMatch(a -> a.kind() == AssessmentKind.FINAL)) {
            throw new ConflictException("incubation.finalAssessmentMissing");
        }
        String note = closing == null ? null : blankToNull(closing.note());
        return change(incubation, "incubation.graduated", () -> incubation.graduate(note, Instant.now(clock)));
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public IncubationView exit(long id, Closing closing) {
        Incubation incubation = incubation(id);
        checkVersion(incubation, closing == null ? null : closing.version());
        requireStatus(incubation, IncubationStatus.INCUBATING);
        String reason = requiredNote(closing, "incubation.reason.required");
        return change(incubation, "incubation.exited", () -> incubation.exit(reason, Instant.now(clock)));
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    public IncubationDetail recordService(long id, ServiceForm form) {
        Incubation incubation = access.accompanied(id);
        requireStatus(incubation, IncubationStatus.INCUBATING);
        List<FieldProblem> problems = new ArrayList<>();
        if (form == null || form.service() == null) {
            problems.add(FieldProblem.of("service", "incubation.service.required"));
        }
        if (form == null || form.providedOn() == null) {
            problems.add(FieldProblem.of("providedOn", "incubation.date.required"));
        } else if (form.providedOn().isAfter(calendar.today())) {
            problems.add(FieldProblem.of("providedOn", "incubation.date.future"));
        }
        if (form != null
                && form.hours() != null
                && (form.hours().signum() < 0 || form.hours().doubleValue() > 999)) {
            problems.add(FieldProblem.of("hours", "incubation.hours.range"));
        }
        if (form != null && form.note() != null && form.note().length() > 1000) {
            problems.add(FieldProblem.of("note", "field.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var record = incubation.recordService(
                form.service(),
                form.providedOn(),
                form.hours(),
                blankToNull(form.note()),
                callers.name(),
                Instant.now(clock));
        em.flush();
        audit.record(
                "incubation.serviceRecorded",
                "incubation",
                id,
                null,
                Map.of(
                        "service",
                        record.service(),
                        "providedOn",
                        record.providedOn().toString()));
        return detail(incubation);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    public IncubationDetail planMilestone(long id, MilestoneForm form) {
        Incubation incubation = access.accompanied(id);
        requireStatus(incubation, IncubationStatus.INCUBATING);
        List<FieldProblem> problems = new ArrayList<>();
        if (form == null || form.title() == null || form.title().isBlank()) {
            problems.add(FieldProblem.of("title", "incubation.milestone.titleRequired"));
        } else if (form.title().trim().length() > 200) {
            problems.add(FieldProblem.of("title", "field.tooLong", 200));
        }
        if (form == null || form.dueOn() == null) {
            problems.add(FieldProblem.of("dueOn", "incubation.date.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        incubation.planMilestone(form.title().trim(), form.dueOn());
        em.flush();
        audit.record("incubation.milestonePlanned", "incubation", id, null, form);
        return detail(incubation);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    public IncubationDetail achieveMilestone(long id, long milestoneId, LocalDate on) {
        Incubation incubation = access.accompanied(id);
        requireStatus(incubation, IncubationStatus.INCUBATING);
        Milestone milestone =
                incubation.milestone(milestoneId).orElseThrow(() -> new NotFoundException("milestone", milestoneId));
        if (milestone.achievedOn() != null) {
            throw new ConflictException("incubation.milestone.alreadyAchieved", milestone.achievedOn());
        }
        LocalDate date = on == null ? calendar.today() : on;
        if (date.isAfter(calendar.today())) {
            throw InvalidInputException.of("achievedOn", "incubation.date.future");
        }
        milestone.achieve(date);
        em.flush();
        audit.record(
                "incubation.milestoneAchieved",
                "incubation",
                id,
                null,
                Map.of("milestone", milestone.title(), "achievedOn", date.toString()));
        return detail(incubation);
    }

    /** Records a capacity assessment: every active dimension scored from 0 to 100. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "MENTOR"})
    public IncubationDetail assess(long id, AssessmentForm form) {
        Incubation incubation = access.accompanied(id);
        requireStatus(incubation, IncubationStatus.INCUBATING);
        List<String> active = incubators.dimensions().stream()
                .filter(DimensionView::active)
                .map(DimensionView::code)
                .toList();
        List<FieldProblem> problems = AssessmentCheck.problems(form, active, calendar.today());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var assessment = incubation.assess(
                form.kind() == null ? AssessmentKind.PERIODIC : form.kind(),
                form.assessedOn(),
                Map.copyOf(form.scores()),
                blankToNull(form.comment()),
                callers.name(),
                Instant.now(clock));
        em.flush();
        audit.record(
                "incubation.assessed",
                "incubation",
                id,
                null,
                Map.of(
                        "kind", assessment.kind(),
                        "assessedOn", assessment.assessedOn().toString(),
                        "scores", assessment.scores(),
                        "overall", assessment.overall()));
        return detail(incubation);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public IncubationPipeline pipeline() {
        return IncubationPipelineCounts.of(em);
    }

    private IncubationView change(Incubation incubation, String action, Runnable change) {
        IncubationView before = IncubationView.of(incubation);
        change.run();
        em.flush();
        IncubationView after = IncubationView.of(incubation);
        audit.record(action, "incubation", incubation.id(), before, after);
        access.notifyApplicants(incubation, action);
        return after;
    }

    private UserAccount checkAgreement(Incubation incubation, Admission admission, boolean amending) {
        List<FieldProblem> problems = new ArrayList<>();
        // An amendment keeps the agreed start; only a new agreement sets one.
        LocalDate start =
                amending ? incubation.agreementStart() : admission == null ? null : admission.agreementStart();
        if (start == null) {
            problems.add(FieldProblem.of("agreementStart", "incubation.date.required"));
        }
        if (admission == null || admission.agreementEnd() == null) {
            problems.add(FieldProblem.of("agreementEnd", "incubation.date.required"));
        } else if (start != null && !admission.agreementEnd().isAfter(start)) {
            problems.add(FieldProblem.of("agreementEnd", "incubation.agreement.endBeforeStart"));
        }
        UserAccount mentor = null;
        if (admission == null || admission.mentorId() == null) {
            problems.add(FieldProblem.of("mentorId", "incubation.mentor.required"));
        } else {
            mentor = em.find(UserAccount.class, admission.mentorId());
            if (mentor == null
                    || !(mentor.roles().contains(Role.MENTOR) || mentor.roles().contains(Role.PROGRAM_OFFICER))) {
                problems.add(FieldProblem.of("mentorId", "incubation.mentor.unknown"));
            }
        }
        String workstation = admission == null ? null : blankToNull(admission.workstation());
        if (workstation != null && workstation.length() > 20) {
            problems.add(FieldProblem.of("workstation", "field.tooLong", 20));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        access.requireCapacity(incubation, workstation);
        return mentor;
    }

    private IncubationDetail detail(Incubation incubation) {
        return access.detail(incubation, incubators.dimensions());
    }

    private Incubation incubation(long id) {
        return Optional.ofNullable(em.find(Incubation.class, id))
                .orElseThrow(() -> new NotFoundException("incubation", id));
    }

    /** Nobody decides on an application of an organization they belong to. */
    private void requireNotOwnCase(Incubation incubation) {
        if (access.isMember(incubation.organization().id())) {
            throw new ConflictException("incubation.ownOrganization");
        }
    }

    private static void checkVersion(Incubation incubation, Long version) {
        if (version != null && version != incubation.version()) {
            throw new ConflictException("incubation.changedMeanwhile");
        }
    }

    private static void requireStatus(Incubation incubation, IncubationStatus expected) {
        if (incubation.status() != expected) {
            throw new ConflictException("incubation.wrongStatus", incubation.status());
        }
    }

    private static String requiredNote(Closing closing, String key) {
        String note = closing == null ? null : blankToNull(closing.note());
        if (note == null) {
            throw InvalidInputException.of("note", key);
        }
        if (note.length() > 1000) {
            throw InvalidInputException.of("note", "field.tooLong", 1000);
        }
        return note;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

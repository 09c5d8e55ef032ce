package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.grant.control.EvaluationRubric;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.control.GrantViews;
import org.seedbed.grant.entity.CreditNote;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Debarment;
import org.seedbed.organization.entity.Organization;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Organizations' credit records (信用档案): what their grants, evaluations and reports say, plus
 * violations and notes officers record, and debarments (an active one fails eligibility for every
 * call of the city). Screeners, reviewers and the organization's own members may read it.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class CreditRecords {

    private static final int MAX_DEBARMENT_YEARS = 5;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "REVIEWER", "NGO_MEMBER"})
    public CreditRecordView of(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null
                || !(callers.isStaff() || callers.isInRole("REVIEWER") || access.isMember(organization))) {
            throw new NotFoundException("organization", organizationId);
        }
        List<Grant> grants = em.createQuery(
                        "select g from Grant g where g.organization = :o order by g.createdAt desc", Grant.class)
                .setParameter("o", organization)
                .getResultList();
        List<CreditRecordView.Grade> grades = em
                .createQuery(
                        "select e from Evaluation e join fetch e.grant where e.grant.organization = :o and e.status = :done"
                                + " order by e.submittedAt desc",
                        Evaluation.class)
                .setParameter("o", organization)
                .setParameter("done", Evaluation.Status.SUBMITTED)
                .getResultList()
                .stream()
                .map(e -> new CreditRecordView.Grade(
                        e.grant().id(),
                        e.grant().title(),
                        e.stage(),
                        e.total(),
                        EvaluationRubric.grade(e.total(), e.passMark()),
                        e.submittedAt()))
                .toList();
        LocalDate today = calendar.today();
        List<CreditRecordView.LateReport> late = em
                .createQuery(
                        "select r from GrantReport r join fetch r.grant where r.grant.organization = :o"
                                + " and (r.late = true or (r.status in :open and r.dueOn < :today)) order by r.dueOn desc",
                        GrantReport.class)
                .setParameter("o", organization)
                .setParameter("open", List.of(GrantReport.Status.DUE, GrantReport.Status.CHANGES_REQUESTED))
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(r -> new CreditRecordView.LateReport(
                        r.grant().id(), r.grant().title(), r.title(), r.dueOn(), r.submittedAt()))
                .toList();
        List<CreditRecordView.Note> notes = em
                .createQuery(
                        "select n from CreditNote n where n.organization = :o order by n.recordedAt desc",
                        CreditNote.class)
                .setParameter("o", organization)
                .getResultList()
                .stream()
                .map(n -> new CreditRecordView.Note(
                        n.id(),
                        n.grant() == null ? null : n.grant().id(),
                        n.kind(),
                        n.text(),
                        n.recordedBy(),
                        n.recordedAt()))
                .toList();
        List<CreditRecordView.Debarment> debarments = em
                .createQuery(
                        "select d from Debarment d where d.organization = :o order by d.startsOn desc", Debarment.class)
                .setParameter("o", organization)
                .getResultList()
                .stream()
                .map(d -> new CreditRecordView.Debarment(d.id(), d.startsOn(), d.endsOn(), d.reason()))
                .toList();
        LocalDate debarredUntil = debarments.stream()
                .filter(d -> !d.startsOn().isAfter(today) && !d.endsOn().isBefore(today))
                .map(CreditRecordView.Debarment::endsOn)
                .max(LocalDate::compareTo)
                .orElse(null);
        return new CreditRecordView(
                organization.id(),
                organization.nameZh(),
                debarredUntil,
                grants.stream().map(views::summary).toList(),
                grades,
                late,
                notes,
                debarments);
    }

    /** Records a violation, commendation or note, optionally about one of the organization's grants. */
    public CreditRecordView note(long organizationId, CreditNote.Kind kind, String text, Long grantId) {
        Organization organization = organization(organizationId);
        if (kind == null) {
            throw InvalidInputException.of("kind", "credit.kind.required");
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInputException.of("text", "credit.text.required");
        }
        Grant grant = null;
        if (grantId != null) {
            grant = access.grant(grantId);
            if (!grant.organization().id().equals(organization.id())) {
                throw new NotFoundException("grant", grantId);
            }
        }
        CreditNote note = new CreditNote(organization, grant, kind, text.strip(), callers.name(), Instant.now(clock));
        em.persist(note);
        em.flush();
        audit.record(
                "credit.noted",
                "organization",
                organizationId,
                null,
                Map.of("kind", kind.name(), "text", text.strip()));
        return of(organizationId);
    }

    /** Debars the organization from applying, from a day for a number of years (e.g. 3 after a serious violation). */
    public CreditRecordView debar(long organizationId, LocalDate startsOn, Integer years, String reason) {
        Organization organization = organization(organizationId);
        if (years == null || years < 1 || years > MAX_DEBARMENT_YEARS) {
            throw InvalidInputException.of("years", "credit.debarment.years", MAX_DEBARMENT_YEARS);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "credit.debarment.reason");
        }
        LocalDate from = startsOn == null ? calendar.today() : startsOn;
        LocalDate until = from.plusYears(years).minusDays(1);
        em.persist(new Debarment(organization, from, until, reason.strip(), callers.name(), Instant.now(clock)));
        em.flush();
        audit.record(
                "credit.debarred",
                "organization",
                organizationId,
                null,
                Map.of("from", from.toString(), "until", until.toString(), "reason", reason.strip()));
        return of(organizationId);
    }

    private Organization organization(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("organization", id);
        }
        return organization;
    }
}

package org.seedbed.grant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.grant.boundary.CreditRecordView;
import org.seedbed.grant.boundary.CreditSummary;
import org.seedbed.grant.entity.CreditNote;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Debarment;
import org.seedbed.organization.entity.Organization;

/**
 * Reads an organization's credit record (信用档案) from what the city holds: grants, submitted
 * evaluations with their grades, late or overdue reports, notes and debarments. Callers decide who
 * may see it.
 */
@Stateless
public class CreditHistory {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantViews views;

    @Inject
    CityCalendar calendar;

    public CreditRecordView of(Organization organization) {
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

    /** The record in a few figures, as reviewers see it beside an application. */
    public CreditSummary summary(Organization organization) {
        CreditRecordView record = of(organization);
        return new CreditSummary(
                record.grants().size(),
                record.grades().stream()
                        .map(g -> new CreditSummary.Grade(g.stage(), g.grade(), g.total(), g.at()))
                        .toList(),
                record.lateReports().size(),
                (int) record.notes().stream()
                        .filter(n -> n.kind() == CreditNote.Kind.VIOLATION)
                        .count(),
                record.debarredUntil());
    }
}

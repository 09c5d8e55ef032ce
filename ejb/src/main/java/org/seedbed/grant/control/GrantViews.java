package org.seedbed.grant.control;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.IndicatorTarget;
import org.seedbed.grant.boundary.TrancheView;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantIndicator;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;

/** Assembles what pages and the API show of grants, so that entities stay inside the boundaries. */
@Stateless
public class GrantViews {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public GrantView view(Grant grant) {
        List<Tranche> tranches = tranches(grant);
        List<GrantReport> reports = reports(grant);
        List<Evaluation> evaluations = evaluations(grant);
        Agreement agreement = agreement(grant);
        GrantFacts facts = new GrantFacts(grant, agreement, reports, evaluations, tranches);
        List<TrancheView> trancheViews = new ArrayList<>();
        for (Tranche tranche : tranches) {
            trancheViews.add(new TrancheView(
                    tranche.position(),
                    tranche.percent(),
                    GrantRecords.major(tranche.amountMinor(), grant),
                    tranche.needsAgreement(),
                    tranche.needsReport(),
                    tranche.needsEvaluation(),
                    tranche.status(),
                    tranche.heldReason(),
                    tranche.releasedAt(),
                    tranche.releasedBy(),
                    tranche.status() == Tranche.Status.RELEASED || tranche.status() == Tranche.Status.CANCELLED
                            ? List.of()
                            : TrancheGate.unmet(facts.of(tranche))));
        }
        List<IndicatorTarget> indicators = new ArrayList<>();
        JsonObject actuals = GrantRecords.latestActuals(reports);
        for (GrantIndicator target : em.createQuery(
                        "select i from GrantIndicator i join fetch i.indicator where i.grant = :g order by i.id",
                        GrantIndicator.class)
                .setParameter("g", grant)
                .getResultList()) {
            var indicator = target.indicator();
            indicators.add(new IndicatorTarget(
                    indicator.code(),
                    indicator.nameZh(),
                    indicator.nameEn(),
                    indicator.unitZh(),
                    indicator.unitEn(),
                    target.target(),
                    actuals.containsKey(indicator.code())
                            ? actuals.getJsonNumber(indicator.code()).bigDecimalValue()
                            : null));
        }
        return new GrantView(
                grant.id(),
                grant.submission().id(),
                grant.submission().receiptNo(),
                grant.call().id(),
                grant.call().titleZh(),
                grant.call().titleEn(),
                grant.organization().id(),
                grant.organization().nameZh(),
                grant.title(),
                grant.submission().categoryCode(),
                GrantRecords.major(grant.amountMinor(), grant),
                GrantRecords.major(GrantRecords.released(tranches), grant),
                grant.currency(),
                grant.status(),
                grant.startsOn(),
                grant.endsOn(),
                grant.terminationReason(),
                grant.clawbackMinor() == null ? null : GrantRecords.major(grant.clawbackMinor(), grant),
                GrantRecords.major(grant.recoveredMinor(), grant),
                grant.createdAt(),
                agreement == null ? null : GrantRecords.agreement(agreement),
                trancheViews,
                reports.stream().map(GrantRecords::report).toList(),
                evaluations.stream().map(GrantRecords::evaluation).toList(),
                indicators,
                grant.version());
    }

    public GrantSummary summary(Grant grant) {
        List<Tranche> tranches = tranches(grant);
        return new GrantSummary(
                grant.id(),
                grant.title(),
                grant.organization().nameZh(),
                grant.organization().id(),
                grant.call().id(),
                grant.call().titleZh(),
                grant.submission().categoryCode(),
                GrantRecords.major(grant.amountMinor(), grant),
                GrantRecords.major(GrantRecords.released(tranches), grant),
                grant.currency(),
                grant.status(),
                grant.startsOn(),
                grant.endsOn(),
                reports(grant).stream()
                        .filter(r -> r.status() == GrantReport.Status.DUE
                                || r.status() == GrantReport.Status.CHANGES_REQUESTED)
                        .map(GrantReport::dueOn)
                        .min(java.util.Comparator.naturalOrder())
                        .orElse(null));
    }

    public List<Tranche> tranches(Grant grant) {
        return em.createQuery("select t from Tranche t where t.grant = :g order by t.position", Tranche.class)
                .setParameter("g", grant)
                .getResultList();
    }

    public List<GrantReport> reports(Grant grant) {
        return em.createQuery(
                        "select r from GrantReport r where r.grant = :g order by r.dueOn, r.id", GrantReport.class)
                .setParameter("g", grant)
                .getResultList();
    }

    public List<Evaluation> evaluations(Grant grant) {
        return em.createQuery(
                        "select e from Evaluation e where e.grant = :g order by e.stage, e.attempt", Evaluation.class)
                .setParameter("g", grant)
                .getResultList();
    }

    public Agreement agreement(Grant grant) {
        return em.createQuery("select a from Agreement a where a.grant = :g", Agreement.class)
                .setParameter("g", grant)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}

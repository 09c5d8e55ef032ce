package org.seedbed.grant.control;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.grant.boundary.AgreementView;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.IndicatorTarget;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.boundary.TrancheView;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantIndicator;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.money.Money;

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
                    major(tranche.amountMinor(), grant),
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
        JsonObject actuals = latestActuals(reports);
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
                major(grant.amountMinor(), grant),
                major(released(tranches), grant),
                grant.currency(),
                grant.status(),
                grant.startsOn(),
                grant.endsOn(),
                grant.terminationReason(),
                grant.clawbackMinor() == null ? null : major(grant.clawbackMinor(), grant),
                major(grant.recoveredMinor(), grant),
                grant.createdAt(),
                agreement == null ? null : agreement(agreement),
                trancheViews,
                reports.stream().map(GrantViews::report).toList(),
                evaluations.stream().map(GrantViews::evaluation).toList(),
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
                major(grant.amountMinor(), grant),
                major(released(tranches), grant),
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

    public static ReportView report(GrantReport r) {
        return new ReportView(
                r.id(),
                r.grant().id(),
                r.kind(),
                r.title(),
                r.dueOn(),
                r.status(),
                r.late(),
                r.narrative(),
                object(r.indicatorActuals()),
                array(r.expenses()),
                r.form() == null ? FormDefinition.empty() : FormDefinition.fromJson(r.form()),
                object(r.answers()),
                r.submittedAt(),
                r.submittedBy(),
                r.reviewedAt(),
                r.reviewedBy(),
                r.reviewNote(),
                r.version());
    }

    public static EvaluationView evaluation(Evaluation e) {
        return new EvaluationView(
                e.id(),
                e.grant().id(),
                e.grant().title(),
                e.grant().organization().nameZh(),
                e.stage(),
                e.attempt(),
                e.rectification(),
                e.evaluator() == null ? null : e.evaluator().username(),
                e.evaluatorOrganization(),
                e.dueOn(),
                e.status(),
                object(e.scores()),
                array(e.adjustments()),
                e.total(),
                e.passMark(),
                e.passed(),
                e.total() == null ? null : EvaluationRubric.grade(e.total(), e.passMark()),
                e.comments(),
                e.evidenceName(),
                e.submittedAt(),
                e.submittedBy(),
                e.version());
    }

    private static AgreementView agreement(Agreement a) {
        return new AgreementView(
                a.generatedAt(),
                a.organizationSignedAt(),
                a.organizationSignedBy(),
                a.organizationSignature(),
                a.scanName(),
                a.officerSignedAt(),
                a.officerSignedBy(),
                a.signed());
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

    /** The actuals of the most recently approved report that gives any. */
    private static JsonObject latestActuals(List<GrantReport> reports) {
        JsonObject latest = JsonObject.EMPTY_JSON_OBJECT;
        for (GrantReport report : reports) {
            if (report.status() == GrantReport.Status.APPROVED) {
                JsonObject actuals = object(report.indicatorActuals());
                if (!actuals.isEmpty()) {
                    latest = actuals;
                }
            }
        }
        return latest;
    }

    static long released(List<Tranche> tranches) {
        return tranches.stream()
                .filter(t -> t.status() == Tranche.Status.RELEASED)
                .mapToLong(Tranche::amountMinor)
                .sum();
    }

    private static BigDecimal major(long minor, Grant grant) {
        return Money.ofMinor(minor, grant.currency()).major();
    }

    public static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String json) {
        if (json == null || json.isBlank()) {
            return JsonArray.EMPTY_JSON_ARRAY;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}

package org.seedbed.grant.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.grant.boundary.AgreementView;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.money.Money;

/**
 * Maps grant entities to the views pages and the API show, and reads the JSON kept in them. Plain
 * static functions, apart from {@link GrantViews}, which reads what they need from the database.
 */
public final class GrantRecords {

    private GrantRecords() {}

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

    static AgreementView agreement(Agreement a) {
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

    /** The actuals of the most recently approved report that gives any. */
    static JsonObject latestActuals(List<GrantReport> reports) {
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

    static BigDecimal major(long minor, Grant grant) {
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

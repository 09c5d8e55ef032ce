package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.grant.control.EvaluationRubric;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.control.GrantMail;
import org.seedbed.grant.control.GrantRecords;
import org.seedbed.grant.control.GrantViews;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;

/**
 * Mid-term and final evaluations (中期评估、结项评估): officers assign them to a third-party
 * evaluator (who sees only the grants they evaluate) or keep them; the evaluator scores the
 * Suzhou-style dimensions with bonus and penalty items and attaches evidence. A result below the
 * pass mark holds the tranche that waited for it and the grant, and both sides are told.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Evaluations {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantViews views;

    @Inject
    GrantMail mail;

    @Inject
    DocumentStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public EvaluationView assign(long grantId, EvaluationAssignment assignment) {
        Grant grant = access.grant(grantId);
        if (assignment == null || assignment.stage() == null) {
            throw InvalidInputException.of("stage", "evaluation.stage.required");
        }
        if (grant.status() == Grant.Status.AGREEMENT_PENDING || grant.status() == Grant.Status.TERMINATED) {
            throw new ConflictException("evaluation.grantNotRunning");
        }
        boolean exists = !em.createQuery(
                        "select e from Evaluation e where e.grant = :g and e.stage = :s", Evaluation.class)
                .setParameter("g", grant)
                .setParameter("s", assignment.stage())
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new ConflictException("evaluation.already", assignment.stage().name());
        }
        UserAccount evaluator = evaluator(assignment.evaluatorUsername());
        Evaluation evaluation = new Evaluation(
                grant,
                assignment.stage(),
                evaluator,
                blankToNull(assignment.evaluatorOrganization()),
                assignment.dueOn(),
                EvaluationRubric.suzhou().passMark(),
                callers.name(),
                Instant.now(clock));
        em.persist(evaluation);
        em.flush();
        EvaluationView view = GrantRecords.evaluation(evaluation);
        audit.record(
                "evaluation.assigned",
                "grant",
                grantId,
                null,
                Map.of(
                        "stage",
                        assignment.stage().name(),
                        "evaluator",
                        evaluator == null ? "officers" : evaluator.username()));
        return view;
    }

    /**
     * Orders the stage evaluated again after the organization's rectification (整改后复评): only for a
     * grant held because the latest evaluation of that stage failed. The failed one stays on record;
     * a passed re-evaluation resumes the grant and frees the held tranche.
     */
    public EvaluationView reevaluate(long grantId, Reevaluation order) {
        Grant grant = access.grant(grantId);
        if (order == null || order.stage() == null) {
            throw InvalidInputException.of("stage", "evaluation.stage.required");
        }
        String rectification = blankToNull(order.rectification());
        if (rectification == null) {
            throw InvalidInputException.of("rectification", "evaluation.rectification.required");
        }
        if (rectification.length() > 2000) {
            throw InvalidInputException.of("rectification", "field.tooLong", 2000);
        }
        if (grant.status() != Grant.Status.HELD) {
            throw new ConflictException("evaluation.reevaluation.grantNotHeld");
        }
        Evaluation latest = views.evaluations(grant).stream()
                .filter(e -> e.stage() == order.stage())
                .max(Comparator.comparingInt(Evaluation::attempt))
                .orElseThrow(() -> new ConflictException("evaluation.reevaluation.notFailed"));
        if (latest.status() == Evaluation.Status.ASSIGNED) {
            throw new ConflictException("evaluation.reevaluation.open");
        }
        if (!Boolean.FALSE.equals(latest.passed())) {
            throw new ConflictException("evaluation.reevaluation.notFailed");
        }
        UserAccount evaluator = evaluator(order.evaluatorUsername());
        Evaluation next = Evaluation.reevaluation(
                latest,
                rectification,
                evaluator,
                blankToNull(order.evaluatorOrganization()),
                order.dueOn(),
                callers.name(),
                Instant.now(clock));
        em.persist(next);
        em.flush();
        audit.record(
                "evaluation.reevaluationOrdered",
                "grant",
                grantId,
                Map.of("stage", latest.stage().name(), "attempt", latest.attempt(), "total", latest.total()),
                Map.of(
                        "stage",
                        next.stage().name(),
                        "attempt",
                        next.attempt(),
                        "evaluator",
                        evaluator == null ? "officers" : evaluator.username(),
                        "rectification",
                        rectification));
        mail.toGrantee(
                grant,
                "reevaluationOrdered",
                stageName(next.stage()),
                next.evaluatorOrganization() != null
                        ? next.evaluatorOrganization()
                        : evaluator == null ? "项目官员 program officers" : evaluator.username(),
                rectification);
        return GrantRecords.evaluation(next);
    }

    private UserAccount evaluator(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.strip())
                .getResultStream()
                .findFirst()
                .filter(u -> u.roles().contains(Role.EVALUATOR))
                .orElseThrow(
                        () -> InvalidInputException.of("evaluatorUsername", "evaluation.evaluator.unknown", username));
    }

    private static String stageName(EvaluationStage stage) {
        return stage == EvaluationStage.MID_TERM ? "中期评估 mid-term" : "结项评估 final";
    }

    /** The evaluations the caller is to do: assigned to them, or (for officers) to nobody in particular. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR"})
    public List<EvaluationView> mine() {
        if (!callers.isSignedIn()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select e from Evaluation e join fetch e.grant where e.evaluator.id = :me"
                                + " or (e.evaluator is null and :staff = true) order by e.status, e.dueOn",
                        Evaluation.class)
                .setParameter("me", callers.current().id())
                .setParameter("staff", callers.isStaff())
                .getResultList()
                .stream()
                .map(GrantRecords::evaluation)
                .toList();
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR"})
    public EvaluationView get(long evaluationId) {
        return GrantRecords.evaluation(access.evaluation(evaluationId));
    }

    /** The rubric evaluators score against: dimensions with their maximum points, pass mark, bonus and penalty caps. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR", "NGO_MEMBER"})
    public EvaluationRubric rubric() {
        return EvaluationRubric.suzhou();
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR"})
    public EvaluationView save(long evaluationId, EvaluationForm form) {
        Evaluation evaluation = open(evaluationId, form == null ? null : form.version());
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        // Checks the ranges now, so that a draft never holds points the rubric would refuse.
        score(form.scores(), form.adjustments(), false);
        String comments = blankToNull(form.comments());
        if (comments != null && comments.length() > 4000) {
            throw InvalidInputException.of("comments", "field.tooLong", 4000);
        }
        evaluation.save(scoresJson(form.scores()), adjustmentsJson(form.adjustments()), comments);
        em.flush();
        return GrantRecords.evaluation(evaluation);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR"})
    public EvaluationView attachEvidence(long evaluationId, String fileName, InputStream content) {
        Evaluation evaluation = open(evaluationId, null);
        DocumentStore.Accepted evidence = store.accept(content, fileName, "evidence");
        if (evaluation.evidenceKey() != null) {
            store.deleteAfterCommit(evaluation.evidenceKey());
        }
        evaluation.attachEvidence(evidence.key(), evidence.fileName());
        em.flush();
        return GrantRecords.evaluation(evaluation);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR", "NGO_MEMBER"})
    public DocumentContent evidence(long evaluationId) {
        Evaluation evaluation = em.find(Evaluation.class, evaluationId);
        if (evaluation == null || evaluation.evidenceKey() == null) {
            throw new org.seedbed.problem.NotFoundException("evidence", evaluationId);
        }
        access.readable(evaluation.grant().id());
        try {
            var file = store.file(evaluation.evidenceKey());
            return new DocumentContent(
                    evaluation.evidenceName(), "application/octet-stream", java.nio.file.Files.size(file), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Submits the evaluation; a failed one holds the waiting tranche and the grant, and tells both sides. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "EVALUATOR"})
    public EvaluationView submit(long evaluationId, Long version) {
        Evaluation evaluation = open(evaluationId, version);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        GrantRecords.object(evaluation.scores())
                .forEach((code, value) -> scores.put(code, ((jakarta.json.JsonNumber) value).bigDecimalValue()));
        List<EvaluationForm.AdjustmentLine> adjustments = new ArrayList<>();
        for (JsonValue value : GrantRecords.array(evaluation.adjustments())) {
            JsonObject item = value.asJsonObject();
            adjustments.add(new EvaluationForm.AdjustmentLine(
                    item.getString("code", ""),
                    item.getJsonNumber("points").bigDecimalValue(),
                    item.getString("note", "")));
        }
        EvaluationRubric.Score score = score(scores, adjustments, true);
        Instant now = Instant.now(clock);
        evaluation.submit(score.total(), callers.name(), now);
        Grant grant = evaluation.grant();
        boolean resumes = Boolean.TRUE.equals(evaluation.passed())
                && evaluation.attempt() > 1
                && grant.status() == Grant.Status.HELD;
        if (resumes) {
            for (Tranche tranche : views.tranches(grant)) {
                if (tranche.status() == Tranche.Status.HELD && tranche.needsEvaluation() == evaluation.stage()) {
                    tranche.unhold();
                }
            }
            grant.resume();
        }
        if (!Boolean.TRUE.equals(evaluation.passed())) {
            String reason = evaluation.stage().name() + " " + score.total().toPlainString();
            for (Tranche tranche : views.tranches(grant)) {
                if (tranche.status() == Tranche.Status.PLANNED && tranche.needsEvaluation() == evaluation.stage()) {
                    tranche.hold(reason);
                }
            }
            if (grant.status() == Grant.Status.ACTIVE) {
                grant.hold();
            }
        }
        em.flush();
        EvaluationView view = GrantRecords.evaluation(evaluation);
        audit.record(
                "evaluation.submitted",
                "grant",
                grant.id(),
                null,
                Map.of(
                        "stage", evaluation.stage().name(),
                        "attempt", evaluation.attempt(),
                        "total", score.total(),
                        "passed", view.passed(),
                        "grade", view.grade()));
        if (resumes) {
            audit.record(
                    "grant.resumed",
                    "grant",
                    grant.id(),
                    Map.of("status", "HELD"),
                    Map.of("status", grant.status().name(), "attempt", evaluation.attempt()));
            mail.toBothSides(
                    grant,
                    "grantResumed",
                    stageName(evaluation.stage()),
                    score.total().toPlainString());
        }
        if (!Boolean.TRUE.equals(view.passed())) {
            mail.toBothSides(
                    grant,
                    "evaluationFailed",
                    stageName(evaluation.stage()),
                    score.total().toPlainString(),
                    evaluation.passMark().stripTrailingZeros().toPlainString());
        }
        return view;
    }

    private Evaluation open(long evaluationId, Long version) {
        Evaluation evaluation = access.evaluation(evaluationId);
        if (evaluation.status() != Evaluation.Status.ASSIGNED) {
            throw new ConflictException("evaluation.locked");
        }
        if (version != null && version != evaluation.version()) {
            throw new ConflictException("evaluation.changedMeanwhile");
        }
        return evaluation;
    }

    /** The rubric's score; a draft may leave dimensions unscored, a submission may not. */
    private static EvaluationRubric.Score score(
            Map<String, BigDecimal> scores, List<EvaluationForm.AdjustmentLine> adjustments, boolean complete) {
        EvaluationRubric rubric = EvaluationRubric.suzhou();
        Map<String, BigDecimal> points = new LinkedHashMap<>(scores == null ? Map.of() : scores);
        points.values().removeIf(java.util.Objects::isNull);
        for (EvaluationRubric.Dimension dimension : rubric.dimensions()) {
            if (!points.containsKey(dimension.code())) {
                if (complete) {
                    throw InvalidInputException.of(
                            "scores." + dimension.code(), "evaluation.score.required", dimension.nameZh());
                }
                points.put(dimension.code(), BigDecimal.ZERO);
            }
        }
        List<EvaluationRubric.Adjustment> items = new ArrayList<>();
        for (EvaluationForm.AdjustmentLine line :
                adjustments == null ? List.<EvaluationForm.AdjustmentLine>of() : adjustments) {
            if (line.points() == null) {
                throw InvalidInputException.of("adjustments", "evaluation.adjustment.points");
            }
            items.add(new EvaluationRubric.Adjustment(line.code(), line.points(), line.note()));
        }
        try {
            return rubric.score(points, items);
        } catch (IllegalArgumentException wrong) {
            throw InvalidInputException.of("scores", "evaluation.score.range", wrong.getMessage());
        }
    }

    private static String scoresJson(Map<String, BigDecimal> scores) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        (scores == null ? Map.<String, BigDecimal>of() : scores).forEach((code, value) -> {
            if (value != null) {
                json.add(code, value);
            }
        });
        return json.build().toString();
    }

    private static String adjustmentsJson(List<EvaluationForm.AdjustmentLine> lines) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (EvaluationForm.AdjustmentLine line : lines == null ? List.<EvaluationForm.AdjustmentLine>of() : lines) {
            json.add(Json.createObjectBuilder()
                    .add("code", line.code() == null ? "" : line.code())
                    .add("points", line.points())
                    .add("note", line.note() == null ? "" : line.note()));
        }
        return json.build().toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.seedbed.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.grant.control.CreditHistory;
import org.seedbed.money.Money;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.review.control.PitchChanged;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.review.control.Rubric;
import org.seedbed.review.control.RubricCriterion;
import org.seedbed.review.control.SheetTotals;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.ReviewAssignment;
import org.seedbed.review.entity.ScoreSheet;
import org.seedbed.submission.control.SubmissionViews;
import org.seedbed.submission.entity.Submission;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Experts score the applications released to them: drafts are saved as often as they like
 * (scores checked against each criterion's scale), submitting needs every criterion and a
 * recommendation and locks the sheet. An application the expert has a standing conflict with is
 * not theirs to see.
 */
@Stateless
@RolesAllowed("REVIEWER")
public class ScoreSheets {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type SCORES =
            new HashMap<String, Integer>() {}.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    CreditHistory creditHistory;

    @Inject
    ReviewAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<PitchChanged> pitchChanged;

    public List<MyReviewView> mine() {
        Expert me = access.maybeMe().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<MyReviewView> views = new ArrayList<>();
        for (ReviewAssignment a : em.createQuery(
                        "select a from ReviewAssignment a join fetch a.panel join fetch a.submission"
                                + " where a.expert = :e and a.panel.assignmentsReleased = true"
                                + " order by a.panel.id, a.submission.id",
                        ReviewAssignment.class)
                .setParameter("e", me)
                .getResultList()) {
            if (access.conflicted(a)) {
                continue;
            }
            ScoreSheet sheet = sheet(a, false);
            Rubric rubric = Rubric.fromJson(a.panel().call().rubric());
            views.add(new MyReviewView(
                    a.id(),
                    a.panel().call().id(),
                    a.panel().call().titleZh(),
                    a.panel().call().titleEn(),
                    a.submission().id(),
                    a.submission().title(),
                    a.panel().blind() ? null : a.submission().organization().nameZh(),
                    a.submission().categoryCode(),
                    sheet == null ? null : sheet.status(),
                    sheet == null ? null : SheetTotals.total(rubric, scores(sheet))));
        }
        return views;
    }

    public ReviewPacket packet(long assignmentId) {
        ReviewAssignment a = access.myAssignment(assignmentId);
        Submission s = a.submission();
        FundingCall call = a.panel().call();
        Rubric rubric = Rubric.fromJson(call.rubric());
        return new ReviewPacket(
                a.id(),
                call.id(),
                call.titleZh(),
                call.titleEn(),
                a.panel().blind(),
                s.id(),
                s.title(),
                a.panel().blind() ? null : s.organization().nameZh(),
                s.categoryCode(),
                s.requestedMinor() == null
                        ? null
                        : Money.ofMinor(s.requestedMinor(), call.currency()).major(),
                call.currency(),
                FormDefinition.fromJson(s.formVersion().definition()),
                SubmissionViews.answers(s.answers()),
                rubric,
                view(a, sheet(a, false), rubric),
                creditHistory.summary(s.organization()));
    }

    public ScoreSheetView save(long assignmentId, SheetForm form) {
        ReviewAssignment a = access.myAssignment(assignmentId);
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        Rubric rubric = Rubric.fromJson(a.panel().call().rubric());
        ScoreSheet sheet = sheet(a, true);
        if (sheet.status() == ScoreSheet.Status.SUBMITTED) {
            throw new ConflictException("sheet.locked");
        }
        if (form.version() != null && form.version() != sheet.version()) {
            throw new ConflictException("sheet.changedMeanwhile");
        }
        Map<String, Integer> scores = checked(rubric, form.scores());
        String comments = form.comments() == null || form.comments().isBlank()
                ? null
                : form.comments().strip();
        if (comments != null && comments.length() > 4000) {
            throw InvalidInputException.of("comments", "field.tooLong", 4000);
        }
        sheet.save(JSON.toJson(scores), form.recommendation(), comments, Instant.now(clock));
        em.flush();
        return view(a, sheet, rubric);
    }

    public ScoreSheetView submit(long assignmentId, Long version) {
        ReviewAssignment a = access.myAssignment(assignmentId);
        Rubric rubric = Rubric.fromJson(a.panel().call().rubric());
        ScoreSheet sheet = sheet(a, true);
        if (sheet.status() == ScoreSheet.Status.SUBMITTED) {
            throw new ConflictException("sheet.locked");
        }
        if (version != null && version != sheet.version()) {
            throw new ConflictException("sheet.changedMeanwhile");
        }
        Map<String, Integer> scores = scores(sheet);
        List<FieldProblem> problems = new ArrayList<>();
        for (RubricCriterion c : rubric.criteria()) {
            if (!scores.containsKey(c.code())) {
                problems.add(FieldProblem.of("scores." + c.code(), "sheet.score.required", c.nameZh()));
            }
        }
        if (sheet.recommendation() == null) {
            problems.add(FieldProblem.of("recommendation", "sheet.recommendation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        sheet.submit(Instant.now(clock));
        em.flush();
        ScoreSheetView view = view(a, sheet, rubric);
        audit.record("score.submitted", "submission", a.submission().id(), null, view);
        // A chair may be waiting for this sheet on the live pitch screen.
        pitchChanged.fire(new PitchChanged(
                TenantContext.currentOrPlatform(), a.panel().call().id()));
        return view;
    }

    /** Scores must be whole numbers on each criterion's scale; unknown criteria are refused. */
    private static Map<String, Integer> checked(Rubric rubric, Map<String, Integer> given) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, RubricCriterion> criteria = new HashMap<>();
        rubric.criteria().forEach(c -> criteria.put(c.code(), c));
        for (var entry : (given == null ? Map.<String, Integer>of() : given).entrySet()) {
            RubricCriterion c = criteria.get(entry.getKey());
            if (c == null) {
                problems.add(FieldProblem.of("scores", "sheet.score.unknown", entry.getKey()));
            } else if (entry.getValue() != null) {
                if (entry.getValue() < c.min() || entry.getValue() > c.max()) {
                    problems.add(
                            FieldProblem.of("scores." + c.code(), "sheet.score.range", c.nameZh(), c.min(), c.max()));
                } else {
                    scores.put(c.code(), entry.getValue());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return scores;
    }

    private ScoreSheet sheet(ReviewAssignment a, boolean create) {
        return em.createQuery("select s from ScoreSheet s where s.assignment = :a", ScoreSheet.class)
                .setParameter("a", a)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    if (!create) {
                        return null;
                    }
                    ScoreSheet sheet = new ScoreSheet(a, Instant.now(clock));
                    em.persist(sheet);
                    return sheet;
                });
    }

    static Map<String, Integer> scores(ScoreSheet sheet) {
        Map<String, Integer> read = JSON.fromJson(sheet.scores(), SCORES);
        return read == null ? Map.of() : read;
    }

    private static ScoreSheetView view(ReviewAssignment a, ScoreSheet sheet, Rubric rubric) {
        if (sheet == null) {
            return new ScoreSheetView(a.id(), Map.of(), null, null, ScoreSheet.Status.DRAFT, null, null, 0);
        }
        Map<String, Integer> scores = scores(sheet);
        return new ScoreSheetView(
                a.id(),
                scores,
                sheet.recommendation(),
                sheet.comments(),
                sheet.status(),
                SheetTotals.total(rubric, scores),
                sheet.submittedAt(),
                sheet.version());
    }
}

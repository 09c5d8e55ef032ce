package org.seedbed.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.assignment.AssignmentPlan;
import org.seedbed.review.assignment.AssignmentRequest;
import org.seedbed.review.assignment.Pair;
import org.seedbed.review.assignment.Reviewable;
import org.seedbed.review.assignment.Reviewer;
import org.seedbed.review.assignment.ReviewerAssignment;
import org.seedbed.review.control.ConflictFinder;
import org.seedbed.review.control.ConflictRecorder;
import org.seedbed.review.control.PanelSettings;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.PanelMember;
import org.seedbed.review.entity.ReviewAssignment;
import org.seedbed.review.entity.ReviewBid;
import org.seedbed.review.entity.ReviewConflict;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.review.entity.ScoreSheet;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Who reviews what. Officers compute an optimal assignment (min-cost flow: every application
 * gets its reviewers where caps and conflicts allow, loads balanced, expertise and bids
 * preferred), adjust it by hand (manual pairs are pinned and survive recomputing), and release it
 * to the experts. A conflicted pair is never made.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Assignments {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    ReviewAccess access;

    @Inject
    ConflictFinder conflicts;

    @Inject
    ConflictRecorder recorder;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public AssignmentBoard board(long callId) {
        ReviewPanel panel = access.panel(callId);
        return board(panel, Map.of());
    }

    /** Replaces the unpinned assignments with an optimal plan; only before release. */
    public AssignmentBoard compute(long callId) {
        ReviewPanel panel = access.panel(callId);
        requireNotReleased(panel);
        Instant now = Instant.now(clock);
        List<Submission> applications = applications(panel);
        List<PanelMember> members = acceptedMembers(panel);
        List<Expert> experts = members.stream().map(PanelMember::expert).toList();
        conflicts.derive(panel, experts, applications, now);
        em.flush();

        List<ReviewAssignment> existing = assignments(panel);
        Set<Pair> pinned = new HashSet<>();
        for (ReviewAssignment a : existing) {
            if (a.pinned()) {
                pinned.add(new Pair(a.expert().id(), a.submission().id()));
            } else {
                em.remove(a);
            }
        }
        em.flush();
        Set<Pair> conflicted = standingConflicts(panel);
        // A pinned pair that became conflicted is dropped rather than kept against the rule.
        for (ReviewAssignment a : existing) {
            if (a.pinned()
                    && conflicted.contains(
                            new Pair(a.expert().id(), a.submission().id()))) {
                pinned.remove(new Pair(a.expert().id(), a.submission().id()));
                em.remove(a);
            }
        }
        Map<String, Integer> byCategory = PanelSettings.reviewersByCategory(panel.reviewersByCategory());
        List<Reviewable> reviewables = applications.stream()
                .map(s -> new Reviewable(
                        s.id(), byCategory.getOrDefault(s.categoryCode(), panel.reviewersNeeded()), topics(s)))
                .toList();
        List<Reviewer> reviewers = members.stream()
                .map(m -> new Reviewer(m.expert().id(), m.maxLoad(), m.expert().expertise()))
                .toList();
        Map<Pair, Integer> bids = new HashMap<>();
        for (ReviewBid bid : em.createQuery("select b from ReviewBid b where b.key.panelId = :p", ReviewBid.class)
                .setParameter("p", panel.id())
                .getResultList()) {
            bids.put(new Pair(bid.key().expertId(), bid.key().submissionId()), bid.preference());
        }
        Set<Long> knownSubmissions = new HashSet<>();
        applications.forEach(s -> knownSubmissions.add(s.id()));
        Set<Long> knownExperts = new HashSet<>();
        experts.forEach(e -> knownExperts.add(e.id()));
        pinned.removeIf(p -> !knownSubmissions.contains(p.submissionId()) || !knownExperts.contains(p.reviewerId()));
        conflicted.removeIf(
                p -> !knownSubmissions.contains(p.submissionId()) || !knownExperts.contains(p.reviewerId()));
        bids.keySet()
                .removeIf(p -> !knownSubmissions.contains(p.submissionId()) || !knownExperts.contains(p.reviewerId()));

        AssignmentPlan plan = new ReviewerAssignment()
                .plan(new AssignmentRequest(reviewables, reviewers, conflicted, pinned, Set.of(), bids));
        Map<Long, Expert> expertById = new HashMap<>();
        experts.forEach(e -> expertById.put(e.id(), e));
        Map<Long, Submission> submissionById = new HashMap<>();
        applications.forEach(s -> submissionById.put(s.id(), s));
        for (Pair pair : plan.pairs()) {
            if (!pinned.contains(pair)) {
                em.persist(new ReviewAssignment(
                        panel,
                        expertById.get(pair.reviewerId()),
                        submissionById.get(pair.submissionId()),
                        false,
                        callers.name(),
                        now));
            }
        }
        em.flush();
        audit.record(
                "assignment.computed",
                "call",
                callId,
                null,
                Map.of(
                        "pairs", plan.pairs().size(),
                        "applications", applications.size(),
                        "experts", experts.size(),
                        "shortfall", plan.totalShortfall()));
        return board(panel, plan.shortfalls());
    }

    /** Assigns an expert by hand (pinned); refused for a standing conflict or a full expert. */
    public AssignmentBoard add(long callId, long expertId, long submissionId) {
        ReviewPanel panel = access.panel(callId);
        PanelMember member = acceptedMembers(panel).stream()
                .filter(m -> m.expert().id() == expertId)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("expertId", "assignment.notOnPanel", expertId));
        Submission submission = applications(panel).stream()
                .filter(s -> s.id() == submissionId)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("submissionId", "assignment.notUnderReview", submissionId));
        if (standingConflicts(panel).contains(new Pair(expertId, submissionId))) {
            throw new ConflictException(
                    "assignment.conflicted", member.expert().user().displayName());
        }
        long load = assignments(panel).stream()
                .filter(a -> a.expert().id() == expertId)
                .count();
        if (load >= member.maxLoad()) {
            throw new ConflictException(
                    "assignment.full", member.expert().user().displayName(), member.maxLoad());
        }
        boolean already = assignments(panel).stream()
                .anyMatch(a -> a.expert().id() == expertId && a.submission().id() == submissionId);
        if (already) {
            throw new ConflictException("assignment.already");
        }
        em.persist(new ReviewAssignment(panel, member.expert(), submission, true, callers.name(), Instant.now(clock)));
        em.flush();
        audit.record(
                "assignment.added", "call", callId, null, Map.of("expertId", expertId, "submissionId", submissionId));
        return board(panel, Map.of());
    }

    /** Removes a pair; a submitted score sheet cannot be thrown away. */
    public AssignmentBoard remove(long callId, long assignmentId) {
        ReviewPanel panel = access.panel(callId);
        ReviewAssignment assignment = em.find(ReviewAssignment.class, assignmentId);
        if (assignment == null || !assignment.panel().id().equals(panel.id())) {
            throw new NotFoundException("assignment", assignmentId);
        }
        ScoreSheet sheet = sheet(assignment);
        if (sheet != null && sheet.status() == ScoreSheet.Status.SUBMITTED) {
            throw new ConflictException("assignment.scored");
        }
        if (sheet != null) {
            em.remove(sheet);
        }
        em.remove(assignment);
        em.flush();
        audit.record(
                "assignment.removed",
                "call",
                callId,
                Map.of(
                        "expertId",
                        assignment.expert().id(),
                        "submissionId",
                        assignment.submission().id()),
                null);
        return board(panel, Map.of());
    }

    /** Lets the experts see and score what they were given. */
    public AssignmentBoard release(long callId) {
        ReviewPanel panel = access.panel(callId);
        requireNotReleased(panel);
        if (assignments(panel).isEmpty()) {
            throw new ConflictException("assignment.nothingToRelease");
        }
        panel.release(Instant.now(clock));
        em.flush();
        audit.record(
                "assignment.released",
                "call",
                callId,
                null,
                Map.of("pairs", assignments(panel).size()));
        return board(panel, Map.of());
    }

    public List<ConflictView> conflicts(long callId) {
        ReviewPanel panel = access.panel(callId);
        return em.createQuery(
                        "select c from ReviewConflict c where c.panel = :p order by c.submission.id, c.id",
                        ReviewConflict.class)
                .setParameter("p", panel)
                .getResultStream()
                .map(ConflictView::of)
                .toList();
    }

    /** An officer records a conflict the data does not show; any assignment of the pair without a submitted sheet goes. */
    public ConflictView addConflict(long callId, ConflictForm form) {
        ReviewPanel panel = access.panel(callId);
        if (form == null || form.expertId() == null || form.submissionId() == null || form.kind() == null) {
            throw InvalidInputException.of("kind", "conflict.incomplete");
        }
        Expert expert = acceptedOrInvited(panel, form.expertId());
        Submission submission = applications(panel).stream()
                .filter(s -> s.id().equals(form.submissionId()))
                .findFirst()
                .orElseThrow(() ->
                        InvalidInputException.of("submissionId", "assignment.notUnderReview", form.submissionId()));
        ReviewConflict conflict = new ReviewConflict(
                panel,
                expert,
                submission,
                form.kind(),
                ReviewConflict.Source.OFFICER,
                reason(form.reason(), true),
                callers.name(),
                Instant.now(clock));
        ConflictView view = ConflictView.of(recorder.record(panel, conflict));
        audit.record("conflict.recorded", "call", callId, null, view);
        return view;
    }

    public ConflictView waive(long callId, long conflictId, String reason) {
        ReviewPanel panel = access.panel(callId);
        ReviewConflict conflict = em.find(ReviewConflict.class, conflictId);
        if (conflict == null || !conflict.panel().id().equals(panel.id())) {
            throw new NotFoundException("conflict", conflictId);
        }
        if (conflict.waived()) {
            throw new ConflictException("conflict.alreadyWaived");
        }
        ConflictView before = ConflictView.of(conflict);
        conflict.waive(reason(reason, true));
        em.flush();
        ConflictView after = ConflictView.of(conflict);
        audit.record("conflict.waived", "call", callId, before, after);
        return after;
    }

    public static String reason(String reason, boolean required) {
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text == null && required) {
            throw InvalidInputException.of("reason", "conflict.reason.required");
        }
        if (text != null && text.length() > 1000) {
            throw InvalidInputException.of("reason", "field.tooLong", 1000);
        }
        return text;
    }

    private Expert acceptedOrInvited(ReviewPanel panel, long expertId) {
        return em.createQuery("select m from PanelMember m where m.panel = :p and m.expert.id = :e", PanelMember.class)
                .setParameter("p", panel)
                .setParameter("e", expertId)
                .getResultStream()
                .findFirst()
                .map(PanelMember::expert)
                .orElseThrow(() -> InvalidInputException.of("expertId", "assignment.notOnPanel", expertId));
    }

    private void requireNotReleased(ReviewPanel panel) {
        if (panel.assignmentsReleased()) {
            throw new ConflictException("assignment.released");
        }
    }

    List<Submission> applications(ReviewPanel panel) {
        return em.createQuery(
                        "select s from Submission s join fetch s.organization where s.call = :call and s.status = :eligible"
                                + " order by s.id",
                        Submission.class)
                .setParameter("call", panel.call())
                .setParameter("eligible", SubmissionStatus.ELIGIBLE)
                .getResultList();
    }

    private List<PanelMember> acceptedMembers(ReviewPanel panel) {
        return em.createQuery(
                        "select m from PanelMember m join fetch m.expert where m.panel = :p"
                                + " and m.status = :accepted order by m.id",
                        PanelMember.class)
                .setParameter("p", panel)
                .setParameter("accepted", PanelMember.Status.ACCEPTED)
                .getResultList();
    }

    private List<ReviewAssignment> assignments(ReviewPanel panel) {
        return em.createQuery(
                        "select a from ReviewAssignment a join fetch a.expert join fetch a.submission"
                                + " where a.panel = :p order by a.submission.id, a.expert.id",
                        ReviewAssignment.class)
                .setParameter("p", panel)
                .getResultList();
    }

    private Set<Pair> standingConflicts(ReviewPanel panel) {
        Set<Pair> pairs = new HashSet<>();
        for (Object[] row : em.createQuery(
                        "select c.expert.id, c.submission.id from ReviewConflict c where c.panel = :p and c.waived = false",
                        Object[].class)
                .setParameter("p", panel)
                .getResultList()) {
            pairs.add(new Pair((Long) row[0], (Long) row[1]));
        }
        return pairs;
    }

    private ScoreSheet sheet(ReviewAssignment assignment) {
        return em.createQuery("select s from ScoreSheet s where s.assignment = :a", ScoreSheet.class)
                .setParameter("a", assignment)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static Set<String> topics(Submission submission) {
        Set<String> topics = new LinkedHashSet<>();
        if (submission.categoryCode() != null) {
            topics.add(submission.categoryCode());
        }
        submission.organization().serviceAreas().forEach(area -> topics.add(area.name()));
        return topics;
    }

    private AssignmentBoard board(ReviewPanel panel, Map<Long, Integer> shortfalls) {
        List<ReviewAssignment> assignments = assignments(panel);
        Map<Long, ScoreSheet.Status> sheets = new HashMap<>();
        for (ScoreSheet s : em.createQuery("select s from ScoreSheet s where s.assignment.panel = :p", ScoreSheet.class)
                .setParameter("p", panel)
                .getResultList()) {
            sheets.put(s.assignment().id(), s.status());
        }
        Map<Long, Long> loads = new TreeMap<>();
        assignments.forEach(a -> loads.merge(a.expert().id(), 1L, Long::sum));
        List<AssignmentView> views = assignments.stream()
                .map(a -> new AssignmentView(
                        a.id(),
                        a.expert().id(),
                        a.expert().user().displayName(),
                        a.submission().id(),
                        a.submission().receiptNo(),
                        a.submission().title(),
                        a.submission().categoryCode(),
                        a.pinned(),
                        sheets.get(a.id())))
                .toList();
        int standing = standingConflicts(panel).size();
        return new AssignmentBoard(
                panel.call().id(),
                panel.assignmentsReleased(),
                applications(panel).size(),
                views,
                shortfalls,
                loads,
                standing);
    }
}

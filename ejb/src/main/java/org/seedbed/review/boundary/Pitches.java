package org.seedbed.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.review.control.PitchChanged;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.review.control.Rubric;
import org.seedbed.review.control.SheetTotals;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.Pitch;
import org.seedbed.review.entity.ReviewAssignment;
import org.seedbed.review.entity.ReviewConflict;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.review.entity.ScoreSheet;
import org.seedbed.submission.entity.Submission;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Live pitch mode (路演/答辩): the chair opens one application's pitch at a time with a speaking
 * time, the experts due to score it score on their phones, and the chair's screen shows who has
 * scored but no score until every one of them has submitted; then the aggregate appears. Each
 * change is signalled after commit so that the chair's screen updates by itself.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Pitches {

    public static final int DEFAULT_MINUTES = 8;
    static final int MAX_MINUTES = 120;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    ReviewAccess access;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<PitchChanged> changed;

    public PitchBoard board(long callId) {
        FundingCall call = access.call(callId);
        Optional<ReviewPanel> panel = access.existingPanel(callId);
        if (panel.isEmpty() || !panel.get().assignmentsReleased()) {
            return new PitchBoard(call.id(), call.titleZh(), call.titleEn(), false, null, List.of());
        }
        return board(call, panel.get());
    }

    /** Opens an application's pitch, closing the one before it; reopening restarts the timer. */
    public PitchBoard open(long callId, long submissionId, Integer minutes) {
        FundingCall call = access.call(callId);
        ReviewPanel panel = releasedPanel(callId);
        int speakingTime = minutes == null ? DEFAULT_MINUTES : minutes;
        if (speakingTime < 1 || speakingTime > MAX_MINUTES) {
            throw InvalidInputException.of("minutes", "pitch.minutes.range", 1, MAX_MINUTES);
        }
        Seats seats = seats(panel);
        if (!seats.bySubmission.containsKey(submissionId)) {
            throw InvalidInputException.of("submissionId", "assignment.notUnderReview", submissionId);
        }
        Instant now = Instant.now(clock);
        openPitch(panel).ifPresent(open -> open.close(now));
        em.flush();
        Submission submission = em.find(Submission.class, submissionId);
        Pitch pitch = em.createQuery("select p from Pitch p where p.panel = :p and p.submission = :s", Pitch.class)
                .setParameter("p", panel)
                .setParameter("s", submission)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (pitch == null) {
            pitch = new Pitch(panel, submission, speakingTime, callers.name(), now);
            em.persist(pitch);
        } else {
            pitch.open(speakingTime, callers.name(), now);
        }
        em.flush();
        audit.record("pitch.opened", "submission", submissionId, null, Map.of("minutes", speakingTime));
        signal(callId);
        return board(call, panel);
    }

    /** Closes the open pitch; its result stays on the chair's screen until the next one opens. */
    public PitchBoard close(long callId) {
        FundingCall call = access.call(callId);
        ReviewPanel panel = releasedPanel(callId);
        Pitch open = openPitch(panel).orElseThrow(() -> new ConflictException("pitch.noneOpen"));
        open.close(Instant.now(clock));
        em.flush();
        audit.record("pitch.closed", "submission", open.submission().id(), null, null);
        signal(callId);
        return board(call, panel);
    }

    /** The pitches going on now that the calling expert is due to score. */
    @RolesAllowed("REVIEWER")
    public List<LivePitchView> live() {
        Expert me = access.maybeMe().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<LivePitchView> live = new ArrayList<>();
        for (Pitch pitch : em.createQuery("select p from Pitch p where p.status = :open", Pitch.class)
                .setParameter("open", Pitch.Status.OPEN)
                .getResultList()) {
            em.createQuery(
                            "select a from ReviewAssignment a where a.panel = :p and a.submission = :s"
                                    + " and a.expert = :me and a.panel.assignmentsReleased = true",
                            ReviewAssignment.class)
                    .setParameter("p", pitch.panel())
                    .setParameter("s", pitch.submission())
                    .setParameter("me", me)
                    .getResultStream()
                    .filter(a -> !access.conflicted(a))
                    .findFirst()
                    .ifPresent(a -> {
                        FundingCall call = pitch.panel().call();
                        ScoreSheet sheet = sheetOf(a);
                        live.add(new LivePitchView(
                                call.id(),
                                call.titleZh(),
                                call.titleEn(),
                                a.id(),
                                pitch.submission().title(),
                                pitch.endsAt(),
                                sheet == null ? null : sheet.status()));
                    });
        }
        return live;
    }

    private PitchBoard board(FundingCall call, ReviewPanel panel) {
        Seats seats = seats(panel);
        List<Pitch> heard = em.createQuery(
                        "select p from Pitch p where p.panel = :p order by p.openedAt desc", Pitch.class)
                .setParameter("p", panel)
                .getResultList();
        Map<Long, Pitch> pitches = new HashMap<>();
        heard.forEach(pitch -> pitches.put(pitch.submission().id(), pitch));
        Pitch current = heard.stream()
                .filter(pitch -> pitch.status() == Pitch.Status.OPEN)
                .findFirst()
                .orElse(heard.isEmpty() ? null : heard.get(0));
        List<PitchLineupItem> lineup = new ArrayList<>();
        for (var entry : seats.bySubmission.entrySet()) {
            Submission s = entry.getValue().get(0).submission();
            List<ReviewAssignment> due = entry.getValue();
            Pitch pitch = pitches.get(s.id());
            lineup.add(new PitchLineupItem(
                    s.id(),
                    s.receiptNo(),
                    s.title(),
                    s.organization().nameZh(),
                    s.categoryCode(),
                    due.size(),
                    (int) due.stream().filter(seats::submitted).count(),
                    pitch == null ? null : pitch.status()));
        }
        PitchView view = current == null ? null : view(current, seats, Rubric.fromJson(call.rubric()));
        return new PitchBoard(call.id(), call.titleZh(), call.titleEn(), true, view, lineup);
    }

    private static PitchView view(Pitch pitch, Seats seats, Rubric rubric) {
        Submission s = pitch.submission();
        List<ReviewAssignment> due = seats.bySubmission.getOrDefault(s.id(), List.of());
        List<PitchSeat> seated = due.stream()
                .map(a -> new PitchSeat(a.expert().user().displayName(), seats.submitted(a)))
                .sorted(Comparator.comparing(PitchSeat::expertName))
                .toList();
        boolean sealed = due.isEmpty() || seated.stream().anyMatch(seat -> !seat.submitted());
        PitchResult result = null;
        if (!sealed) {
            List<BigDecimal> totals = due.stream()
                    .map(a -> SheetTotals.total(rubric, ScoreSheets.scores(seats.sheets.get(a.id()))))
                    .toList();
            result = PitchResult.of(totals);
        }
        return new PitchView(
                s.id(),
                s.receiptNo(),
                s.title(),
                s.organization().nameZh(),
                s.categoryCode(),
                pitch.status(),
                pitch.minutes(),
                pitch.openedAt(),
                pitch.endsAt(),
                seated,
                sealed,
                result);
    }

    /** The panel's assignments without a standing conflict, by application in receipt order, with their sheets. */
    private Seats seats(ReviewPanel panel) {
        Set<String> conflicted = new HashSet<>();
        for (ReviewConflict c : em.createQuery(
                        "select c from ReviewConflict c where c.panel = :p and c.waived = false", ReviewConflict.class)
                .setParameter("p", panel)
                .getResultList()) {
            conflicted.add(c.expert().id() + "/" + c.submission().id());
        }
        Map<Long, List<ReviewAssignment>> bySubmission = new LinkedHashMap<>();
        for (ReviewAssignment a : em.createQuery(
                        "select a from ReviewAssignment a join fetch a.submission join fetch a.expert"
                                + " where a.panel = :p order by a.submission.receiptNo, a.submission.id, a.id",
                        ReviewAssignment.class)
                .setParameter("p", panel)
                .getResultList()) {
            if (!conflicted.contains(a.expert().id() + "/" + a.submission().id())) {
                bySubmission
                        .computeIfAbsent(a.submission().id(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        Map<Long, ScoreSheet> sheets = new HashMap<>();
        for (ScoreSheet sheet : em.createQuery(
                        "select s from ScoreSheet s where s.assignment.panel = :p", ScoreSheet.class)
                .setParameter("p", panel)
                .getResultList()) {
            sheets.put(sheet.assignment().id(), sheet);
        }
        return new Seats(bySubmission, sheets);
    }

    private record Seats(Map<Long, List<ReviewAssignment>> bySubmission, Map<Long, ScoreSheet> sheets) {
        boolean submitted(ReviewAssignment a) {
            ScoreSheet sheet = sheets.get(a.id());
            return sheet != null && sheet.status() == ScoreSheet.Status.SUBMITTED;
        }
    }

    /** The released panel, locked so that two chairs opening pitches at once take turns. */
    private ReviewPanel releasedPanel(long callId) {
        ReviewPanel panel = access.existingPanel(callId)
                .filter(ReviewPanel::assignmentsReleased)
                .orElseThrow(() -> new ConflictException("pitch.notReleased"));
        em.lock(panel, LockModeType.PESSIMISTIC_WRITE);
        return panel;
    }

    private Optional<Pitch> openPitch(ReviewPanel panel) {
        return em.createQuery("select p from Pitch p where p.panel = :p and p.status = :open", Pitch.class)
                .setParameter("p", panel)
                .setParameter("open", Pitch.Status.OPEN)
                .getResultStream()
                .findFirst();
    }

    private ScoreSheet sheetOf(ReviewAssignment a) {
        return em.createQuery("select s from ScoreSheet s where s.assignment = :a", ScoreSheet.class)
                .setParameter("a", a)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void signal(long callId) {
        changed.fire(new PitchChanged(TenantContext.currentOrPlatform(), callId));
    }
}

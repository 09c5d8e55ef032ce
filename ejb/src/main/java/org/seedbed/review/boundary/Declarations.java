package org.seedbed.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.control.ConflictRecorder;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.review.entity.ConflictKind;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.PanelMember;
import org.seedbed.review.entity.ReviewBid;
import org.seedbed.review.entity.ReviewConflict;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * What experts of a panel tell the officers before assignment: the applications they have a
 * conflict of interest with (employment, board seat, family, mentoring, past funding, other) and
 * the ones they would rather or rather not review.
 */
@Stateless
@RolesAllowed("REVIEWER")
public class Declarations {

    private static final Set<ConflictKind> DECLARABLE = EnumSet.of(
            ConflictKind.EMPLOYMENT,
            ConflictKind.BOARD_SEAT,
            ConflictKind.FAMILY,
            ConflictKind.MENTORING,
            ConflictKind.PAST_FUNDING,
            ConflictKind.OTHER);

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    ReviewAccess access;

    @Inject
    ConflictRecorder recorder;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<CandidateView> candidates(long callId) {
        PanelMember member = membership(callId);
        ReviewPanel panel = member.panel();
        Map<Long, Set<ConflictKind>> declared = new HashMap<>();
        for (ReviewConflict c : em.createQuery(
                        "select c from ReviewConflict c where c.panel = :p and c.expert = :e", ReviewConflict.class)
                .setParameter("p", panel)
                .setParameter("e", member.expert())
                .getResultList()) {
            declared.computeIfAbsent(c.submission().id(), k -> EnumSet.noneOf(ConflictKind.class))
                    .add(c.kind());
        }
        Map<Long, Integer> bids = new HashMap<>();
        for (ReviewBid bid : em.createQuery(
                        "select b from ReviewBid b where b.key.panelId = :p and b.key.expertId = :e", ReviewBid.class)
                .setParameter("p", panel.id())
                .setParameter("e", member.expert().id())
                .getResultList()) {
            bids.put(bid.key().submissionId(), bid.preference());
        }
        return applications(panel).stream()
                .map(s -> new CandidateView(
                        s.id(),
                        s.title(),
                        panel.blind() ? null : s.organization().nameZh(),
                        s.categoryCode(),
                        declared.getOrDefault(s.id(), Set.of()),
                        bids.get(s.id())))
                .toList();
    }

    public ConflictView declare(long callId, ConflictForm form) {
        PanelMember member = membership(callId);
        if (form == null || form.submissionId() == null || form.kind() == null) {
            throw InvalidInputException.of("kind", "conflict.incomplete");
        }
        if (!DECLARABLE.contains(form.kind())) {
            throw InvalidInputException.of("kind", "conflict.kind.declarable");
        }
        Submission submission = application(member.panel(), form.submissionId());
        ReviewConflict conflict = recorder.record(
                member.panel(),
                new ReviewConflict(
                        member.panel(),
                        member.expert(),
                        submission,
                        form.kind(),
                        ReviewConflict.Source.DECLARED,
                        Assignments.reason(form.reason(), form.kind() == ConflictKind.OTHER),
                        member.expert().user().username(),
                        Instant.now(clock)));
        ConflictView view = ConflictView.of(conflict);
        audit.record("conflict.declared", "call", callId, null, view);
        return view;
    }

    public CandidateView bid(long callId, long submissionId, int preference) {
        PanelMember member = membership(callId);
        if (preference < -2 || preference > 2) {
            throw InvalidInputException.of("preference", "bid.range");
        }
        Submission submission = application(member.panel(), submissionId);
        ReviewBid.Key key =
                new ReviewBid.Key(member.panel().id(), member.expert().id(), submission.id());
        ReviewBid bid = em.find(ReviewBid.class, key);
        if (bid == null) {
            em.persist(new ReviewBid(key, preference));
        } else {
            bid.prefer(preference);
        }
        em.flush();
        return candidates(callId).stream()
                .filter(c -> c.submissionId() == submissionId)
                .findFirst()
                .orElseThrow();
    }

    private PanelMember membership(long callId) {
        Expert me = access.me();
        return access.existingPanel(callId)
                .flatMap(panel -> em.createQuery(
                                "select m from PanelMember m where m.panel = :p and m.expert = :e and m.status = :accepted",
                                PanelMember.class)
                        .setParameter("p", panel)
                        .setParameter("e", me)
                        .setParameter("accepted", PanelMember.Status.ACCEPTED)
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("panel", callId));
    }

    private Submission application(ReviewPanel panel, long submissionId) {
        return applications(panel).stream()
                .filter(s -> s.id() == submissionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("submission", submissionId));
    }

    private List<Submission> applications(ReviewPanel panel) {
        return em.createQuery(
                        "select s from Submission s join fetch s.organization where s.call = :call and s.status = :eligible"
                                + " order by s.id",
                        Submission.class)
                .setParameter("call", panel.call())
                .setParameter("eligible", SubmissionStatus.ELIGIBLE)
                .getResultList();
    }
}

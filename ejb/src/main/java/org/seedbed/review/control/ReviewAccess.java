package org.seedbed.review.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.ReviewAssignment;
import org.seedbed.review.entity.ReviewPanel;

/**
 * Finds the things of review that a caller may reach: a call's panel (made on first use), the
 * caller's own expert record, and an assignment of theirs that is released and not conflicted.
 * Anything else is "not found", so experts learn nothing about applications not given to them.
 */
@Stateless
public class ReviewAccess {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public FundingCall call(long callId) {
        return Optional.ofNullable(em.find(FundingCall.class, callId))
                .orElseThrow(() -> new NotFoundException("call", callId));
    }

    public ReviewPanel panel(long callId) {
        FundingCall call = call(callId);
        return em.createQuery("select p from ReviewPanel p where p.call = :call", ReviewPanel.class)
                .setParameter("call", call)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    ReviewPanel panel = new ReviewPanel(call, callers.name(), Instant.now(clock));
                    em.persist(panel);
                    em.flush();
                    return panel;
                });
    }

    public Optional<ReviewPanel> existingPanel(long callId) {
        return em.createQuery("select p from ReviewPanel p where p.call.id = :call", ReviewPanel.class)
                .setParameter("call", callId)
                .getResultStream()
                .findFirst();
    }

    /** The caller's record in the expert pool; "not found" for anyone who is not an expert. */
    public Expert me() {
        if (!callers.isSignedIn()) {
            throw new NotFoundException("expert", 0);
        }
        return em.createQuery("select e from Expert e where e.user.id = :user", Expert.class)
                .setParameter("user", callers.current().id())
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("expert", callers.current().id()));
    }

    /** The caller's record in the expert pool, if they are in it. */
    public Optional<Expert> maybeMe() {
        if (!callers.isSignedIn()) {
            return Optional.empty();
        }
        return em.createQuery("select e from Expert e where e.user.id = :user", Expert.class)
                .setParameter("user", callers.current().id())
                .getResultStream()
                .findFirst();
    }

    /** An assignment of the calling expert that was released to them and has no standing conflict. */
    public ReviewAssignment myAssignment(long assignmentId) {
        Expert me = me();
        ReviewAssignment assignment = em.find(ReviewAssignment.class, assignmentId);
        if (assignment == null
                || !assignment.expert().id().equals(me.id())
                || !assignment.panel().assignmentsReleased()
                || conflicted(assignment)) {
            throw new NotFoundException("assignment", assignmentId);
        }
        return assignment;
    }

    /** Whether the calling expert was given the application (released, no standing conflict). */
    public boolean reviews(org.seedbed.submission.entity.Submission submission) {
        return maybeMe()
                .map(me -> em.createQuery(
                                "select a from ReviewAssignment a where a.expert = :e and a.submission = :s"
                                        + " and a.panel.assignmentsReleased = true",
                                ReviewAssignment.class)
                        .setParameter("e", me)
                        .setParameter("s", submission)
                        .getResultStream()
                        .anyMatch(a -> !conflicted(a)))
                .orElse(false);
    }

    public boolean conflicted(ReviewAssignment assignment) {
        return em.createQuery(
                                "select count(c) from ReviewConflict c where c.expert = :e and c.submission = :s"
                                        + " and c.waived = false",
                                Long.class)
                        .setParameter("e", assignment.expert())
                        .setParameter("s", assignment.submission())
                        .getSingleResult()
                > 0;
    }
}

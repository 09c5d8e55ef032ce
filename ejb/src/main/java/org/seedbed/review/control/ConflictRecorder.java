package org.seedbed.review.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.seedbed.problem.ConflictException;
import org.seedbed.review.entity.ReviewAssignment;
import org.seedbed.review.entity.ReviewConflict;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.review.entity.ScoreSheet;

/**
 * Records a declared or officer-added conflict. The pair's assignment goes with it unless the
 * expert already submitted a sheet (then officers decide, seeing both), so a conflicted expert
 * stops seeing the application at once.
 */
@Stateless
public class ConflictRecorder {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public ReviewConflict record(ReviewPanel panel, ReviewConflict conflict) {
        boolean known = em.createQuery(
                                "select count(c) from ReviewConflict c where c.panel = :p and c.expert = :e"
                                        + " and c.submission = :s and c.kind = :k",
                                Long.class)
                        .setParameter("p", panel)
                        .setParameter("e", conflict.expert())
                        .setParameter("s", conflict.submission())
                        .setParameter("k", conflict.kind())
                        .getSingleResult()
                > 0;
        if (known) {
            throw new ConflictException("conflict.known");
        }
        em.persist(conflict);
        for (ReviewAssignment a : em.createQuery(
                        "select a from ReviewAssignment a where a.panel = :p and a.expert = :e and a.submission = :s",
                        ReviewAssignment.class)
                .setParameter("p", panel)
                .setParameter("e", conflict.expert())
                .setParameter("s", conflict.submission())
                .getResultList()) {
            ScoreSheet sheet = em.createQuery("select s from ScoreSheet s where s.assignment = :a", ScoreSheet.class)
                    .setParameter("a", a)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (sheet == null || sheet.status() == ScoreSheet.Status.DRAFT) {
                if (sheet != null) {
                    em.remove(sheet);
                }
                em.remove(a);
            }
        }
        em.flush();
        return conflict;
    }
}

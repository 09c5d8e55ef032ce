package org.seedbed.grant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.seedbed.account.control.Callers;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.organization.entity.Membership;
import org.seedbed.organization.entity.Organization;
import org.seedbed.problem.NotFoundException;

/**
 * Who may see and act on a grant: the city's officers, members of the grantee organization (its
 * owners sign), and an evaluator for the grants they are assigned to evaluate. Anyone else is told
 * "not found", so grant ids reveal nothing.
 */
@Stateless
public class GrantAccess {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    public Grant grant(long id) {
        Grant grant = em.find(Grant.class, id);
        if (grant == null) {
            throw new NotFoundException("grant", id);
        }
        return grant;
    }

    /** A grant the caller may read: staff, a member of the grantee, or its assigned evaluator. */
    public Grant readable(long id) {
        Grant grant = grant(id);
        if (callers.isStaff() || isMember(grant.organization()) || evaluates(grant)) {
            return grant;
        }
        throw new NotFoundException("grant", id);
    }

    /** A grant of an organization the caller is a member of. */
    public Grant ofMember(long id) {
        Grant grant = grant(id);
        if (!isMember(grant.organization())) {
            throw new NotFoundException("grant", id);
        }
        return grant;
    }

    /** A grant of an organization the caller owns: signing binds the organization. */
    public Grant ofOwner(long id) {
        Grant grant = grant(id);
        Membership membership = membership(grant.organization());
        if (membership == null || membership.role() != MemberRole.OWNER) {
            throw new NotFoundException("grant", id);
        }
        return grant;
    }

    public boolean isMember(Organization organization) {
        return membership(organization) != null;
    }

    private Membership membership(Organization organization) {
        if (!callers.isSignedIn()) {
            return null;
        }
        return em.find(
                Membership.class,
                new Membership.Key(organization.id(), callers.current().id()));
    }

    private boolean evaluates(Grant grant) {
        return callers.isSignedIn()
                && em.createQuery(
                                        "select count(e) from Evaluation e where e.grant = :g and e.evaluator.id = :me",
                                        Long.class)
                                .setParameter("g", grant)
                                .setParameter("me", callers.current().id())
                                .getSingleResult()
                        > 0;
    }

    /** An evaluation the caller may fill in: its assigned evaluator, or an officer when none was named. */
    public Evaluation evaluation(long id) {
        Evaluation evaluation = em.find(Evaluation.class, id);
        if (evaluation == null || !callers.isSignedIn()) {
            throw new NotFoundException("evaluation", id);
        }
        boolean assigned = evaluation.evaluator() != null
                && evaluation.evaluator().id().equals(callers.current().id());
        if (assigned || (evaluation.evaluator() == null && callers.isStaff())) {
            return evaluation;
        }
        throw new NotFoundException("evaluation", id);
    }
}

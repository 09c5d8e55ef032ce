package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.control.GrantMail;
import org.seedbed.grant.control.GrantViews;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.money.Money;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;

/**
 * Releasing tranches (分期拨付): an officer releases a tranche only when every condition holds —
 * agreement signed, the reports due before it approved, its evaluation passed, the earlier tranches
 * paid, the grant neither held nor terminated. When the last tranche is paid after a passed final
 * evaluation, the grant is closed.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Tranches {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantViews views;

    @Inject
    GrantMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public GrantView release(long grantId, int position) {
        Grant grant = access.grant(grantId);
        // Two officers releasing at once must not both pass the gate.
        em.lock(grant, LockModeType.PESSIMISTIC_WRITE);
        GrantView before = views.view(grant);
        TrancheView gate = before.tranches().stream()
                .filter(t -> t.position() == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("tranche", position));
        if (gate.status() == Tranche.Status.RELEASED) {
            throw new ConflictException("tranche.alreadyReleased", position);
        }
        if (gate.status() == Tranche.Status.CANCELLED) {
            throw new ConflictException("tranche.cancelled", position);
        }
        if (!gate.unmet().isEmpty()) {
            // The first condition that fails is the one to fix first.
            throw new ConflictException("tranche.unmet." + gate.unmet().get(0).name(), position);
        }
        List<Tranche> tranches = views.tranches(grant);
        Tranche tranche = tranches.stream()
                .filter(t -> t.position() == position)
                .findFirst()
                .orElseThrow();
        Instant now = Instant.now(clock);
        tranche.release(callers.name(), now);
        boolean allPaid = tranches.stream().allMatch(t -> t.status() == Tranche.Status.RELEASED);
        boolean finalPassed = views.evaluations(grant).stream()
                .anyMatch(e -> e.stage() == org.seedbed.grant.entity.EvaluationStage.FINAL
                        && e.status() == Evaluation.Status.SUBMITTED
                        && Boolean.TRUE.equals(e.passed()));
        if (allPaid && finalPassed && grant.status() == Grant.Status.ACTIVE) {
            grant.close(now);
        }
        em.flush();
        Money amount = Money.ofMinor(tranche.amountMinor(), grant.currency());
        audit.record(
                "tranche.released",
                "grant",
                grantId,
                Map.of("tranche", position, "status", gate.status().name()),
                Map.of("tranche", position, "status", "RELEASED", "amount", amount.major()));
        mail.toGrantee(grant, "trancheReleased", position, amount.format(Locale.SIMPLIFIED_CHINESE));
        return views.view(grant);
    }
}

package org.seedbed.account.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes one-time links that were used or expired more than a week ago and API tokens revoked or
 * expired more than 90 days ago, in the current city.
 */
@Stateless
public class LinkPurge {

    static final Duration KEEP_LINKS = Duration.ofDays(7);
    static final Duration KEEP_TOKENS = Duration.ofDays(90);

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge() {
        Instant now = Instant.now(clock);
        int links = em.createQuery("delete from AccountToken t where t.expiresAt < :before or t.usedAt < :before")
                .setParameter("before", now.minus(KEEP_LINKS))
                .executeUpdate();
        int tokens = em.createQuery("delete from AccessToken t where t.revokedAt < :before or t.expiresAt < :before")
                .setParameter("before", now.minus(KEEP_TOKENS))
                .executeUpdate();
        return links + tokens;
    }
}

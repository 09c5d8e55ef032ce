package org.seedbed.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Chains audit entries by SHA-256 in the database, so that the hash covers the stored text of the
 * states exactly as PostgreSQL keeps them (jsonb normalizes JSON) and verification recomputes the
 * same bytes. A transaction-scoped advisory lock per city schema makes the chain a line even when
 * transactions record concurrently; it is held until commit, so audited changes of one city
 * commit one after the other.
 */
@ApplicationScoped
public class AuditChain {

    /** The first key of the advisory lock: an arbitrary constant that names "the audit chain". */
    private static final int LOCK_CLASS = 0x5eed_a0d1;

    private static final String HASHED_CONTENT = "concat_ws('|', coalesce(%s, ''), e.id::text,"
            + " (extract(epoch from e.occurred_at) * 1000000)::bigint::text, e.actor, e.action, e.subject_type,"
            + " coalesce(e.subject_id, ''), coalesce(e.before_state::text, ''), coalesce(e.after_state::text, ''))";

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    /** Links the (flushed) entry to the end of the chain. */
    public void link(long entryId) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext(current_schema()))")
                .getSingleResult();
        em.createNativeQuery("with previous as (select entry_hash, chain_position from audit_entry"
                        + " where chain_position is not null order by chain_position desc limit 1)"
                        + " update audit_entry e set"
                        + " chain_position = coalesce((select chain_position from previous), 0) + 1,"
                        + " previous_hash = (select entry_hash from previous),"
                        + " entry_hash = encode(sha256(convert_to("
                        + HASHED_CONTENT.formatted("(select entry_hash from previous)")
                        + ", 'UTF8')), 'hex') where e.id = ?1")
                .setParameter(1, entryId)
                .executeUpdate();
    }

    /** What a verification of the whole chain found. */
    public record Verification(long entries, boolean intact, Long firstBrokenEntryId) {}

    /** Recomputes every hash in chain order; the first entry whose hash or link does not match breaks it. */
    public Verification verify() {
        @SuppressWarnings("unchecked")
        List<Object[]> broken = em.createNativeQuery("select e.id, count(*) over () from ("
                        + " select e.*, lag(e.entry_hash) over (order by e.chain_position) as actual_previous,"
                        + " encode(sha256(convert_to("
                        + HASHED_CONTENT.formatted("e.previous_hash")
                        + ", 'UTF8')), 'hex') as expected"
                        + " from audit_entry e where e.chain_position is not null) e"
                        + " where e.expected is distinct from e.entry_hash"
                        + " or e.previous_hash is distinct from e.actual_previous"
                        + " order by e.chain_position limit 1")
                .getResultList();
        long entries = ((Number)
                        em.createNativeQuery("select count(*) from audit_entry where chain_position is not null")
                                .getSingleResult())
                .longValue();
        Optional<Long> first = broken.stream().findFirst().map(row -> ((Number) row[0]).longValue());
        return new Verification(entries, first.isEmpty(), first.orElse(null));
    }
}

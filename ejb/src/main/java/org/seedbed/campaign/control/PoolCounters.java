package org.seedbed.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only code that changes what is left in a matching pool. Every take is a single conditional
 * update that computes, from the row as it is when locked, how much it can take without going below
 * zero or above a cap, and remembers it in {@code last_take_minor} to return it: there is no read
 * followed by a write, so concurrent donations can never over-commit a pool.
 *
 * <p>Shards are taken with {@code skip locked}, emptiest-last, so donations rarely wait for one
 * another; a transaction only waits for a shard while it holds none of that pool, and pools and
 * counters are always taken in the same order, so waits cannot form a cycle.
 */
@ApplicationScoped
public class PoolCounters {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    /** Takes up to {@code wantMinor} under the counter's cap; returns what it took. */
    public long takeUnderCap(long poolId, String key, long capMinor, long wantMinor) {
        if (wantMinor <= 0) {
            return 0;
        }
        Number taken = (Number)
                em.createNativeQuery("insert into matching_usage as u (pool_id, usage_key, used_minor, last_take_minor)"
                                + " values (:pool, :key, least(:cap, :want), least(:cap, :want))"
                                + " on conflict (pool_id, usage_key) do update set"
                                + " used_minor = u.used_minor + least(greatest(:cap - u.used_minor, 0), :want),"
                                + " last_take_minor = least(greatest(:cap - u.used_minor, 0), :want)"
                                + " returning last_take_minor")
                        .setParameter("pool", poolId)
                        .setParameter("key", key)
                        .setParameter("cap", capMinor)
                        .setParameter("want", wantMinor)
                        .getSingleResult();
        return taken.longValue();
    }

    public void giveBackUnderCap(long poolId, String key, long amountMinor) {
        if (amountMinor <= 0) {
            return;
        }
        em.createNativeQuery("update matching_usage set used_minor = used_minor - :amount"
                        + " where pool_id = :pool and usage_key = :key")
                .setParameter("amount", amountMinor)
                .setParameter("pool", poolId)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Takes up to {@code wantMinor} from the pool's shards; returns what came from which shard. */
    public Map<Integer, Long> takeFromPool(long poolId, long wantMinor) {
        Map<Integer, Long> taken = new LinkedHashMap<>();
        long want = wantMinor;
        while (want > 0) {
            Object[] row = takeFromOneShard(poolId, want, true);
            if (row == null) {
                break;
            }
            long took = ((Number) row[1]).longValue();
            taken.merge(((Number) row[0]).intValue(), took, Long::sum);
            want -= took;
        }
        if (taken.isEmpty() && want > 0) {
            // Every shard with money left is locked by donations being reserved right now: wait for one.
            Object[] row = takeFromOneShard(poolId, want, false);
            if (row != null) {
                taken.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
            }
        }
        return taken;
    }

    private Object[] takeFromOneShard(long poolId, long wantMinor, boolean skipLocked) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update matching_pool_shard s set"
                        + " available_minor = s.available_minor - least(s.available_minor, :want),"
                        + " last_take_minor = least(s.available_minor, :want)"
                        + " where s.pool_id = :pool and s.available_minor > 0 and s.shard = ("
                        + "  select shard from matching_pool_shard where pool_id = :pool and available_minor > 0"
                        + "  order by available_minor desc limit 1 for update"
                        + (skipLocked ? " skip locked" : "")
                        + ") returning s.shard, s.last_take_minor")
                .setParameter("want", wantMinor)
                .setParameter("pool", poolId)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public void giveBackToPool(long poolId, Map<Integer, Long> byShard) {
        byShard.forEach((shard, amount) -> {
            if (amount > 0) {
                em.createNativeQuery("update matching_pool_shard set available_minor = available_minor + :amount"
                                + " where pool_id = :pool and shard = :shard")
                        .setParameter("amount", amount)
                        .setParameter("pool", poolId)
                        .setParameter("shard", shard)
                        .executeUpdate();
            }
        });
    }

    /** Creates the shards of a new pool, the budget split evenly, the remainder in shard 0. */
    public void fill(long poolId, long budgetMinor, int shards) {
        for (int shard = 0; shard < shards; shard++) {
            long share = budgetMinor / shards + (shard == 0 ? budgetMinor % shards : 0);
            em.createNativeQuery(
                            "insert into matching_pool_shard (pool_id, shard, available_minor) values (:pool, :shard, :share)")
                    .setParameter("pool", poolId)
                    .setParameter("shard", shard)
                    .setParameter("share", share)
                    .executeUpdate();
        }
    }

    /** What is left in the pool now. */
    public long available(long poolId) {
        Number left = (Number) em.createNativeQuery(
                        "select coalesce(sum(available_minor), 0) from matching_pool_shard where pool_id = :pool")
                .setParameter("pool", poolId)
                .getSingleResult();
        return left.longValue();
    }
}

package org.seedbed.campaign.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.MatchReservation;
import org.seedbed.campaign.entity.MatchingPool;

/**
 * Reserves a donation's match when the donor is sent to pay, pool by pool in the pools' order:
 * each pool matches what earlier pools left uncovered, within its caps and what it has left. The
 * reservation is committed when the payment succeeds, released when it fails or expires, and
 * reversed (given back to the pool) after a refund or a lost dispute.
 */
@Stateless
public class MatchReservations {

    /** How long a reservation holds before the sweeper gives it back (a Stripe Checkout Session lives 30 min). */
    public static final Duration HOLD = Duration.ofMinutes(45);

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    PoolCounters counters;

    /** The pools that may match a donation to {@code campaign} today, in the order they match. */
    public List<MatchingPool> poolsFor(Campaign campaign, LocalDate today) {
        Long callId = campaign.grant() == null ? null : campaign.grant().call().id();
        return em.createQuery(
                        "select p from MatchingPool p where p.status = :active and ("
                                + " (p.scope = :campaignScope and p.campaignId = :campaign)"
                                + " or (p.scope = :callScope and p.callId = :call)"
                                + " or (p.scope = :cityScope and (p.eventDay is null or p.eventDay = :today)))"
                                + " order by p.priority, p.id",
                        MatchingPool.class)
                .setParameter("active", MatchingPool.Status.ACTIVE)
                .setParameter("campaignScope", MatchingPool.Scope.CAMPAIGN)
                .setParameter("campaign", campaign.id())
                .setParameter("callScope", MatchingPool.Scope.CALL)
                .setParameter("call", callId == null ? -1L : callId)
                .setParameter("cityScope", MatchingPool.Scope.CITY)
                .setParameter("today", today)
                .getResultList();
    }

    /** What the pools would match of {@code amountMinor} if they had the money: shown to donors before they pay. */
    public long preview(Campaign campaign, long amountMinor, Instant now, ZoneId zone) {
        long uncovered = amountMinor;
        long matched = 0;
        for (MatchingPool pool : poolsFor(campaign, now.atZone(zone).toLocalDate())) {
            MatchRule rule = MatchRule.of(pool);
            long want = Math.min(
                    rule.want(amountMinor, uncovered, campaign.currency(), now, zone), counters.available(pool.id()));
            matched += want;
            uncovered -= rule.covered(want, uncovered);
        }
        return matched;
    }

    /** Reserves the donation's match; returns the total reserved. */
    public long reserve(Donation donation, String donorKey, Instant now, ZoneId zone) {
        long amount = donation.amountMinor();
        long uncovered = amount;
        long reserved = 0;
        // A project is the grant when the campaign has one: its campaigns share the per-project cap.
        String project = donation.campaign().grant() != null
                ? "grant:" + donation.campaign().grant().id()
                : "campaign:" + donation.campaign().id();
        for (MatchingPool pool : poolsFor(donation.campaign(), now.atZone(zone).toLocalDate())) {
            MatchRule rule = MatchRule.of(pool);
            long want = rule.want(amount, uncovered, donation.currency(), now, zone);
            if (want == 0) {
                continue;
            }
            List<MatchRule.Counter> caps = new ArrayList<>(rule.counters(donorKey, project, now, zone));
            caps.sort(Comparator.comparing(MatchRule.Counter::key));
            long granted = want;
            List<String> held = new ArrayList<>();
            for (MatchRule.Counter cap : caps) {
                long took = counters.takeUnderCap(pool.id(), cap.key(), cap.capMinor(), granted);
                if (took < granted) {
                    for (String key : held) {
                        counters.giveBackUnderCap(pool.id(), key, granted - took);
                    }
                    granted = took;
                }
                held.add(cap.key());
                if (granted == 0) {
                    break;
                }
            }
            Map<Integer, Long> shards = granted == 0 ? Map.of() : counters.takeFromPool(pool.id(), granted);
            long total = shards.values().stream().mapToLong(Long::longValue).sum();
            if (total < granted) {
                for (String key : held) {
                    counters.giveBackUnderCap(pool.id(), key, granted - total);
                }
            }
            if (total == 0) {
                continue;
            }
            em.persist(new MatchReservation(
                    donation, pool, total, ReservationSources.json(shards, held), now, now.plus(HOLD)));
            reserved += total;
            uncovered -= rule.covered(total, uncovered);
        }
        return reserved;
    }

    /** The payment succeeded: the reserved match is the campaign's. Returns the committed total. */
    public long commit(Donation donation, Instant now) {
        long committed = 0;
        for (MatchReservation r : of(donation)) {
            if (r.status() == MatchReservation.Status.RESERVED) {
                r.commit(now);
            }
            if (r.status() == MatchReservation.Status.COMMITTED) {
                committed += r.amountMinor();
            }
        }
        return committed;
    }

    /** The payment failed or expired: what was held goes back to the pools. */
    public long release(Donation donation, Instant now) {
        long released = 0;
        for (MatchReservation r : of(donation)) {
            if (r.status() == MatchReservation.Status.RESERVED) {
                giveBack(r);
                r.release(now);
                released += r.amountMinor();
            }
        }
        return released;
    }

    /** A refund or a lost dispute: the committed match goes back to the pools. Returns the amount reversed. */
    public long reverse(Donation donation, Instant now) {
        long reversed = 0;
        for (MatchReservation r : of(donation)) {
            if (r.status() == MatchReservation.Status.RESERVED) {
                giveBack(r);
                r.release(now);
            } else if (r.status() == MatchReservation.Status.COMMITTED) {
                giveBack(r);
                r.reverse(now);
                reversed += r.amountMinor();
            }
        }
        return reversed;
    }

    public List<MatchReservation> of(Donation donation) {
        return em.createQuery(
                        "select r from MatchReservation r join fetch r.pool where r.donation = :d order by r.id",
                        MatchReservation.class)
                .setParameter("d", donation)
                .getResultList();
    }

    private void giveBack(MatchReservation r) {
        // The order reservations take their locks in (counters by key, then shards by number),
        // so that a give-back and a reservation never wait for each other in a cycle.
        ReservationSources sources = ReservationSources.parse(r.sources());
        for (String key : sources.counterKeys().stream().sorted().toList()) {
            counters.giveBackUnderCap(r.pool().id(), key, r.amountMinor());
        }
        counters.giveBackToPool(r.pool().id(), new TreeMap<>(sources.shards()));
    }
}

package org.seedbed.campaign.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.campaign.control.PoolCounters;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.MatchReservation;
import org.seedbed.campaign.entity.MatchingPool;
import org.seedbed.money.Money;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.platform.SecretBox;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Sponsors' matching pools (配捐): officers set them up for a campaign, a call's projects or a city
 * event day, and close them; sponsors follow their pool's usage through a private link.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class MatchingPools {

    private static final int DEFAULT_SHARDS = 8;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    PoolCounters counters;

    @Inject
    CityCalendar calendar;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public PoolView create(PoolForm form) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        String currency = calendar.currency();
        List<FieldProblem> problems = new ArrayList<>();
        if (form.sponsorName() == null || form.sponsorName().isBlank()) {
            problems.add(FieldProblem.of("sponsorName", "pool.sponsor.required"));
        }
        if (form.sponsorKind() == null) {
            problems.add(FieldProblem.of("sponsorKind", "pool.sponsorKind.required"));
        }
        MatchingPool.Scope scope = form.scope() == null ? MatchingPool.Scope.CAMPAIGN : form.scope();
        if (scope == MatchingPool.Scope.CAMPAIGN
                && (form.campaignId() == null || em.find(Campaign.class, form.campaignId()) == null)) {
            problems.add(FieldProblem.of("campaignId", "pool.campaign.required"));
        }
        if (scope == MatchingPool.Scope.CALL
                && (form.callId() == null || em.find(FundingCall.class, form.callId()) == null)) {
            problems.add(FieldProblem.of("callId", "pool.call.required"));
        }
        Long budget = positive(form.budget(), "budget", currency, problems, true);
        if (form.ratio() == null
                || form.ratio().signum() <= 0
                || form.ratio().compareTo(BigDecimal.TEN) > 0
                || form.ratio().stripTrailingZeros().scale() > 3) {
            problems.add(FieldProblem.of("ratio", "pool.ratio.invalid"));
        }
        Long perDonation = positive(form.perDonationCap(), "perDonationCap", currency, problems, false);
        Long perDonorDaily = positive(form.perDonorDailyCap(), "perDonorDailyCap", currency, problems, false);
        Long perProject = positive(form.perProjectCap(), "perProjectCap", currency, problems, false);
        Long minDonation = form.minDonation() == null || form.minDonation().signum() == 0
                ? Long.valueOf(0)
                : positive(form.minDonation(), "minDonation", currency, problems, false);
        Long dailyRelease = positive(form.dailyRelease(), "dailyRelease", currency, problems, false);
        if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
            problems.add(FieldProblem.of("endsAt", "pool.dates.invalid"));
        }
        int shards = form.shards() == null ? DEFAULT_SHARDS : form.shards();
        if (shards < 1 || shards > 64) {
            problems.add(FieldProblem.of("shards", "pool.shards.range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        MatchingPool pool = new MatchingPool(
                form.sponsorName().strip(),
                form.sponsorKind(),
                form.sponsorEmail() == null || form.sponsorEmail().isBlank()
                        ? null
                        : form.sponsorEmail().strip(),
                SecretBox.randomSecret("sp_"),
                scope,
                scope == MatchingPool.Scope.CAMPAIGN ? form.campaignId() : null,
                scope == MatchingPool.Scope.CALL ? form.callId() : null,
                scope == MatchingPool.Scope.CITY ? form.eventDay() : null,
                currency,
                shards,
                callers.name(),
                now);
        pool.terms(new MatchingPool.Terms(
                budget,
                form.ratio(),
                perDonation,
                perDonorDaily,
                perProject,
                minDonation == null ? 0 : minDonation,
                dailyRelease,
                form.dailyOpensAt(),
                form.startsAt(),
                form.endsAt(),
                form.priority() == null ? 0 : form.priority()));
        em.persist(pool);
        em.flush();
        counters.fill(pool.id(), budget, shards);
        audit.record(
                "pool.created",
                "pool",
                pool.id(),
                null,
                Map.of("sponsor", pool.sponsorName(), "budget", budget, "ratio", pool.ratio(), "scope", scope.name()));
        return view(pool, true);
    }

    public List<PoolView> all() {
        return em
                .createQuery("select p from MatchingPool p order by p.status, p.priority, p.id", MatchingPool.class)
                .getResultList()
                .stream()
                .map(p -> view(p, true))
                .toList();
    }

    public PoolView get(long id) {
        return view(pool(id), true);
    }

    /** Stops matching new gifts; what is reserved is still settled, what is left stays the sponsor's. */
    public PoolView close(long id) {
        MatchingPool pool = pool(id);
        if (pool.status() == MatchingPool.Status.CLOSED) {
            throw new ConflictException("pool.closed");
        }
        pool.close();
        audit.record("pool.closed", "pool", id, Map.of("status", "ACTIVE"), Map.of("status", "CLOSED"));
        return view(pool, true);
    }

    /** The sponsor's own view of their pool, by the private link they were given. */
    @PermitAll
    public PoolView bySponsorToken(String token) {
        MatchingPool pool = token == null
                ? null
                : em.createQuery("select p from MatchingPool p where p.sponsorToken = :t", MatchingPool.class)
                        .setParameter("t", token)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (pool == null) {
            throw new NotFoundException("pool", "");
        }
        return view(pool, false);
    }

    private MatchingPool pool(long id) {
        MatchingPool pool = em.find(MatchingPool.class, id);
        if (pool == null) {
            throw new NotFoundException("pool", id);
        }
        return pool;
    }

    private PoolView view(MatchingPool p, boolean forStaff) {
        String currency = p.currency();
        long reserved = sum(p, MatchReservation.Status.RESERVED);
        long committed = sum(p, MatchReservation.Status.COMMITTED);
        long matchedDonations = em.createQuery(
                        "select count(r) from MatchReservation r where r.pool = :p and r.status = :s", Long.class)
                .setParameter("p", p)
                .setParameter("s", MatchReservation.Status.COMMITTED)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> days = em.createNativeQuery(
                        "select cast(r.settled_at at time zone :zone as date), sum(r.amount_minor), count(*)"
                                + " from match_reservation r where r.pool_id = :p and r.status = 'COMMITTED'"
                                + " group by 1 order by 1")
                .setParameter("zone", calendar.zone().getId())
                .setParameter("p", p.id())
                .getResultList();
        String title = p.campaignId() == null
                ? null
                : em.find(Campaign.class, p.campaignId()).titleZh();
        return new PoolView(
                p.id(),
                p.sponsorName(),
                p.sponsorKind(),
                forStaff ? p.sponsorEmail() : null,
                forStaff ? p.sponsorToken() : null,
                p.scope(),
                p.campaignId(),
                title,
                p.callId(),
                p.eventDay(),
                currency,
                major(p.budgetMinor(), currency),
                p.ratio().stripTrailingZeros(),
                major(p.perDonationCapMinor(), currency),
                major(p.perDonorDailyCapMinor(), currency),
                major(p.perProjectCapMinor(), currency),
                major(p.minDonationMinor(), currency),
                major(p.dailyReleaseMinor(), currency),
                p.dailyOpensAt(),
                p.startsAt(),
                p.endsAt(),
                p.priority(),
                p.shards(),
                p.status(),
                major(reserved, currency),
                major(committed, currency),
                major(counters.available(p.id()), currency),
                matchedDonations,
                days.stream()
                        .map(d -> new PoolView.DayUsage(
                                ((Date) d[0]).toLocalDate(),
                                major(((Number) d[1]).longValue(), currency),
                                ((Number) d[2]).longValue()))
                        .toList());
    }

    private long sum(MatchingPool p, MatchReservation.Status status) {
        return em.createQuery(
                        "select coalesce(sum(r.amountMinor), 0) from MatchReservation r where r.pool = :p and r.status = :s",
                        Long.class)
                .setParameter("p", p)
                .setParameter("s", status)
                .getSingleResult();
    }

    private BigDecimal major(Long minor, String currency) {
        return minor == null ? null : Money.ofMinor(minor, currency).major();
    }

    private Long positive(
            BigDecimal amount, String field, String currency, List<FieldProblem> problems, boolean required) {
        if (amount == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "pool.amount.invalid"));
            }
            return null;
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, "pool.amount.invalid"));
            return null;
        }
        return Money.ofMajor(amount, currency).minor();
    }
}

package org.seedbed.dashboard.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.dashboard.boundary.FundingFigures;
import org.seedbed.dashboard.boundary.FundingFigures.Month;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Reads the dashboard's money with grouped queries, each summing per call and category (or per
 * month for gifts), and leaves the grouping by category, district and year to {@link
 * FundingBreakdown}: a city has tens of calls, not thousands, so that part fits in memory.
 */
public final class FundingSums {

    private FundingSums() {}

    /**
     * All the city's figures; {@code current} is this month in the city's {@code zone}, the last of
     * the months shown.
     */
    public static FundingFigures of(EntityManager em, ZoneId zone, YearMonth current, String currency) {
        List<CallFunding> amounts = new ArrayList<>();
        amounts.addAll(requested(em));
        amounts.addAll(awarded(em));
        amounts.addAll(disbursed(em));
        Map<Long, CallPlace> calls = calls(em, zone);
        Map<Long, UnitNode> districts = Districts.of(units(em));
        long[] giving = givingTotals(em);
        FundingFigures.Totals totals = new FundingFigures.Totals(
                amounts.stream().mapToLong(CallFunding::requestedMinor).sum(),
                amounts.stream().mapToLong(CallFunding::awardedMinor).sum(),
                amounts.stream().mapToLong(CallFunding::disbursedMinor).sum(),
                giving[0],
                giving[1]);
        return new FundingFigures(
                currency,
                totals,
                FundingBreakdown.byCategory(amounts, categoryNames(em)),
                FundingBreakdown.byDistrict(amounts, calls, districts),
                FundingBreakdown.byYear(amounts, calls),
                GivingMonths.filled(current, givingByMonth(em, zone, GivingMonths.since(current, zone))));
    }

    /** What submitted applications ask for; drafts and withdrawn ones ask nothing of the city. */
    private static List<CallFunding> requested(EntityManager em) {
        List<CallFunding> amounts = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select s.call.id, s.categoryCode, sum(s.requestedMinor) from Submission s"
                                + " where s.status not in :unsubmitted group by s.call.id, s.categoryCode",
                        Object[].class)
                .setParameter("unsubmitted", List.of(SubmissionStatus.DRAFT, SubmissionStatus.WITHDRAWN))
                .getResultList()) {
            amounts.add(CallFunding.requested((Long) row[0], (String) row[1], minor(row[2])));
        }
        return amounts;
    }

    /** Grants still running or ended normally; terminated ones count what was released (see below). */
    private static List<CallFunding> awarded(EntityManager em) {
        List<CallFunding> amounts = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select g.call.id, s.categoryCode, sum(g.amountMinor) from Grant g join g.submission s"
                                + " where g.status <> :terminated group by g.call.id, s.categoryCode",
                        Object[].class)
                .setParameter("terminated", Grant.Status.TERMINATED)
                .getResultList()) {
            amounts.add(CallFunding.awarded((Long) row[0], (String) row[1], minor(row[2])));
        }
        return amounts;
    }

    /** Released tranches; for a terminated grant they are also all it was awarded in the end. */
    private static List<CallFunding> disbursed(EntityManager em) {
        List<CallFunding> amounts = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select g.call.id, s.categoryCode, g.status, sum(t.amountMinor) from Tranche t"
                                + " join t.grant g join g.submission s where t.status = :released"
                                + " group by g.call.id, s.categoryCode, g.status",
                        Object[].class)
                .setParameter("released", Tranche.Status.RELEASED)
                .getResultList()) {
            long released = minor(row[3]);
            long awarded = row[2] == Grant.Status.TERMINATED ? released : 0;
            amounts.add(new CallFunding((Long) row[0], (String) row[1], 0, awarded, released));
        }
        return amounts;
    }

    private static Map<Long, CallPlace> calls(EntityManager em, ZoneId zone) {
        Map<Long, CallPlace> calls = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, c.orgUnit.id, c.opensAt from FundingCall c", Object[].class)
                .getResultList()) {
            calls.put((Long) row[0], CallPlace.of((Long) row[0], (Long) row[1], (Instant) row[2], zone));
        }
        return calls;
    }

    /** Oldest call first, so that a code's latest names come last and win. */
    private static List<CategoryName> categoryNames(EntityManager em) {
        List<CategoryName> names = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select cat.code, cat.nameZh, cat.nameEn from FundingCall c join c.categories cat"
                                + " order by c.opensAt, c.id",
                        Object[].class)
                .getResultList()) {
            names.add(new CategoryName((String) row[0], (String) row[1], (String) row[2]));
        }
        return names;
    }

    private static List<UnitNode> units(EntityManager em) {
        List<UnitNode> units = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select u.id, u.parent.id, u.nameZh, u.nameEn from OrgUnit u left join u.parent",
                        Object[].class)
                .getResultList()) {
            units.add(new UnitNode((Long) row[0], (Long) row[1], (String) row[2], (String) row[3]));
        }
        return units;
    }

    /**
     * Gifts that are the campaigns' less their refunds, and their matches, by the month they were
     * paid in the city's zone: the same rules as a campaign's raised and matched totals.
     */
    @SuppressWarnings("unchecked")
    private static List<Month> givingByMonth(EntityManager em, ZoneId zone, Instant since) {
        List<Object[]> rows = em.createNativeQuery("select to_char(d.paid_at at time zone :zone, 'YYYY-MM'),"
                        + " sum(d.amount_minor - d.refunded_minor), sum(d.matched_minor)"
                        + " from donation d where d.status in (:counting) and d.paid_at >= :since"
                        + " group by 1")
                .setParameter("zone", zone.getId())
                .setParameter("counting", counting().stream().map(Enum::name).toList())
                .setParameter("since", since)
                .getResultList();
        List<Month> months = new ArrayList<>();
        for (Object[] row : rows) {
            months.add(new Month((String) row[0], minor(row[1]), minor(row[2])));
        }
        return months;
    }

    /** Donated and matched since the first gift. */
    private static long[] givingTotals(EntityManager em) {
        Object[] row = em.createQuery(
                        "select sum(d.amountMinor - d.refundedMinor), sum(d.matchedMinor) from Donation d"
                                + " where d.status in :counting",
                        Object[].class)
                .setParameter("counting", counting())
                .getSingleResult();
        return new long[] {minor(row[0]), minor(row[1])};
    }

    private static List<Donation.Status> counting() {
        return Arrays.stream(Donation.Status.values())
                .filter(Donation.Status::counts)
                .toList();
    }

    /** A sum over no rows is null. */
    private static long minor(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}

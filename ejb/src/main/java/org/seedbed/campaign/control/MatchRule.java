package org.seedbed.campaign.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.campaign.entity.MatchingPool;

/**
 * One pool's matching rules as plain values: the ratio, caps, the minimum donation, the pool's
 * dates and its daily opening (99 Giving Day releases its matching each morning at 10:00). It says
 * how much the pool would like to match of the part of a donation no earlier pool has matched, and
 * which counters that match must fit under. Amounts are minor units of {@code currency}.
 *
 * @param dailyOpensAt matching starts each day at this time of the city's clock; null for all day
 * @param dailyReleaseMinor at most this much is matched per day; null for no daily limit
 */
public record MatchRule(
        long poolId,
        String currency,
        BigDecimal ratio,
        Long perDonationCapMinor,
        Long perDonorDailyCapMinor,
        Long perProjectCapMinor,
        long minDonationMinor,
        Long dailyReleaseMinor,
        LocalTime dailyOpensAt,
        Instant startsAt,
        Instant endsAt) {

    public static MatchRule of(MatchingPool pool) {
        return new MatchRule(
                pool.id(),
                pool.currency(),
                pool.ratio(),
                pool.perDonationCapMinor(),
                pool.perDonorDailyCapMinor(),
                pool.perProjectCapMinor(),
                pool.minDonationMinor(),
                pool.dailyReleaseMinor(),
                pool.dailyOpensAt(),
                pool.startsAt(),
                pool.endsAt());
    }

    /** A counter the match must fit under: its key in {@code matching_usage} and its cap. */
    public record Counter(String key, long capMinor) {}

    /**
     * What the pool would match of {@code uncoveredMinor}, the part of a donation of {@code
     * donationMinor} that no earlier pool covered, before counters and what is left in the pool.
     */
    public long want(long donationMinor, long uncoveredMinor, String donationCurrency, Instant at, ZoneId zone) {
        if (uncoveredMinor <= 0 || !currency.equalsIgnoreCase(donationCurrency)) {
            return 0;
        }
        if (donationMinor < minDonationMinor || at.isBefore(startsAt) || !at.isBefore(endsAt)) {
            return 0;
        }
        if (dailyOpensAt != null
                && ZonedDateTime.ofInstant(at, zone).toLocalTime().isBefore(dailyOpensAt)) {
            return 0;
        }
        long match = ratio.multiply(BigDecimal.valueOf(uncoveredMinor))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        return perDonationCapMinor == null ? match : Math.min(match, perDonationCapMinor);
    }

    /** How much of the donation a match of {@code matchedMinor} covers, never more than was uncovered. */
    public long covered(long matchedMinor, long uncoveredMinor) {
        if (matchedMinor <= 0) {
            return 0;
        }
        long covered = BigDecimal.valueOf(matchedMinor)
                .divide(ratio, 0, RoundingMode.CEILING)
                .longValueExact();
        return Math.min(covered, uncoveredMinor);
    }

    /**
     * The counters a match must fit under: per donor and day, per project, and the day's release.
     * The day is the city's calendar day.
     */
    public List<Counter> counters(String donorKey, String projectKey, Instant at, ZoneId zone) {
        String day = ZonedDateTime.ofInstant(at, zone).toLocalDate().toString();
        List<Counter> counters = new ArrayList<>();
        if (perDonorDailyCapMinor != null && donorKey != null) {
            counters.add(new Counter("donor:" + donorKey + ":" + day, perDonorDailyCapMinor));
        }
        if (perProjectCapMinor != null) {
            counters.add(new Counter("project:" + projectKey, perProjectCapMinor));
        }
        if (dailyReleaseMinor != null) {
            counters.add(new Counter("day:" + day, dailyReleaseMinor));
        }
        return counters;
    }
}

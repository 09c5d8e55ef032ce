package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.seedbed.campaign.entity.MatchingPool;

/**
 * A matching pool and its usage: what is held for donations being paid ({@code reserved}), matched
 * for good ({@code committed}), and left ({@code available}); {@code budget} always equals the sum
 * of the three. {@code sponsorToken} (the sponsor's read-only link) is shown to officers only.
 */
public record PoolView(
        long id,
        String sponsorName,
        MatchingPool.SponsorKind sponsorKind,
        String sponsorEmail,
        String sponsorToken,
        MatchingPool.Scope scope,
        Long campaignId,
        String campaignTitle,
        Long callId,
        LocalDate eventDay,
        String currency,
        BigDecimal budget,
        BigDecimal ratio,
        BigDecimal perDonationCap,
        BigDecimal perDonorDailyCap,
        BigDecimal perProjectCap,
        BigDecimal minDonation,
        BigDecimal dailyRelease,
        LocalTime dailyOpensAt,
        Instant startsAt,
        Instant endsAt,
        int priority,
        int shards,
        MatchingPool.Status status,
        BigDecimal reserved,
        BigDecimal committed,
        BigDecimal available,
        long matchedDonations,
        List<DayUsage> byDay) {

    /** What was matched for good on a day of the city's calendar. */
    public record DayUsage(LocalDate day, BigDecimal committed, long donations) {}
}

package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.seedbed.campaign.entity.MatchingPool;

/**
 * A sponsor's matching pool as an officer sets it up. Amounts are yuan; {@code ratio} is the match
 * per yuan given (1 for 1:1, 0.5 for 0.5:1). Caps left null do not apply. {@code dailyOpensAt}
 * and {@code dailyRelease} give 99 Giving Day's rhythm: matching opens each day at that time and
 * at most that much is matched per day. {@code shards} (default 8) spreads the budget over rows.
 */
public record PoolForm(
        String sponsorName,
        MatchingPool.SponsorKind sponsorKind,
        String sponsorEmail,
        MatchingPool.Scope scope,
        Long campaignId,
        Long callId,
        LocalDate eventDay,
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
        Integer priority,
        Integer shards) {}

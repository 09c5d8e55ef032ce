package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.seedbed.campaign.entity.Donation;

/**
 * A donation as its donor and the city's officers see it. Amounts are in major units of {@code
 * currency}; {@code fraudFlags} are shown to officers only (null for others).
 */
public record DonationView(
        long id,
        long campaignId,
        String campaignTitle,
        BigDecimal amount,
        String currency,
        String donorName,
        String donorEmail,
        boolean anonymous,
        String message,
        Donation.Status status,
        Donation.Provider provider,
        BigDecimal matched,
        BigDecimal refunded,
        BigDecimal fee,
        String receiptNo,
        String receiptToken,
        String fraudFlags,
        Instant createdAt,
        Instant paidAt) {}

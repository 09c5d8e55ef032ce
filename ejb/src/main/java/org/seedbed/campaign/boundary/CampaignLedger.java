package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.seedbed.campaign.entity.Donation;

/**
 * A campaign's books: every donation with its fee, refund and match, the totals, and the check
 * against the payment provider's own objects ({@code differences} empty and {@code difference}
 * zero when Seedbed's books and the provider's agree). {@code net} is what the campaign keeps: gifts
 * less fees, refunds and disputes lost. Amounts in major units of {@code currency}.
 */
public record CampaignLedger(
        long campaignId,
        String title,
        String currency,
        List<Row> rows,
        BigDecimal donated,
        BigDecimal fees,
        BigDecimal refunded,
        BigDecimal matched,
        BigDecimal net,
        int checked,
        List<Difference> differences,
        BigDecimal difference,
        BigDecimal disputesLost) {

    public record Row(
            long donationId,
            Instant at,
            String receiptNo,
            String donor,
            Donation.Status status,
            Donation.Provider provider,
            String paymentIntentId,
            BigDecimal amount,
            BigDecimal fee,
            BigDecimal refunded,
            BigDecimal matched) {}

    /** Where Seedbed's books and the provider's differ for a donation. */
    public record Difference(long donationId, String field, BigDecimal seedbed, BigDecimal provider) {}
}

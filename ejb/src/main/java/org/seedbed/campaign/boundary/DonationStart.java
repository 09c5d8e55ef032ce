package org.seedbed.campaign.boundary;

import java.math.BigDecimal;

/**
 * A donation started: where to pay ({@code checkoutUrl}: Stripe's page, or the sandbox page), the
 * match held for it, and the token of the donor's thank-you and receipt page.
 */
public record DonationStart(
        long donationId, String receiptToken, String checkoutUrl, BigDecimal matchReserved, boolean sandbox) {}

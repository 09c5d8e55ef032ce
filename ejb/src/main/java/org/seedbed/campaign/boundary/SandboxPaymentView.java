package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import org.seedbed.campaign.entity.SandboxPayment;

/** A sandbox payment page: what is paid, to which campaign, and where the donor goes after. */
public record SandboxPaymentView(
        String sessionId,
        long campaignId,
        String campaignTitle,
        BigDecimal amount,
        String currency,
        SandboxPayment.Status status,
        String receiptToken) {}

package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The city's payment settings as its admin sees them: never the secrets themselves, only whether
 * they are set and the last four characters of the secret key.
 */
public record PaymentSettingsView(
        boolean stripe,
        String secretKeyHint,
        String publishableKey,
        boolean webhookSecretSet,
        String webhookUrl,
        List<String> methods,
        BigDecimal minDonation,
        BigDecimal maxDonation,
        List<BigDecimal> presets,
        String currency,
        String updatedBy,
        Instant updatedAt) {}

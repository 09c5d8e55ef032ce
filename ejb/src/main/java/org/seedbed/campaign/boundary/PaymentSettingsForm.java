package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Changes to the city's payment settings. Blank Stripe fields keep what is stored; {@code
 * useSandbox} true forgets the Stripe keys and returns the city to the sandbox. Methods are
 * Stripe's names: card, alipay, wechat_pay.
 */
public record PaymentSettingsForm(
        String stripeSecretKey,
        String stripePublishableKey,
        String stripeWebhookSecret,
        Boolean useSandbox,
        List<String> methods,
        BigDecimal minDonation,
        BigDecimal maxDonation,
        List<BigDecimal> presets) {}

package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.util.List;

/** What the donation form offers: preset amounts, the limits, the currency, and whether it is the sandbox. */
public record GivingOptions(
        List<BigDecimal> presets,
        BigDecimal minimum,
        BigDecimal maximum,
        String currency,
        boolean sandbox,
        List<String> methods) {}

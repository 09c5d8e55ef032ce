package org.seedbed.campaign.boundary;

import java.math.BigDecimal;

/** What a donor gives: an amount in yuan (of the city's currency), optional name, e-mail and message. */
public record DonationForm(BigDecimal amount, String name, String email, String message, Boolean anonymous) {}

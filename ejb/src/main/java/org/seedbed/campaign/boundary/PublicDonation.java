package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/** A recent gift on the public campaign page; {@code name} is null for anonymous donors. */
public record PublicDonation(String name, BigDecimal amount, BigDecimal matched, String message, Instant at) {}

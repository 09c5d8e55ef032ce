package org.seedbed.call.control;

import java.time.LocalDate;

/**
 * What eligibility depends on, gathered about one organization applying to one call. {@code debarredUntil}
 * is null for an organization that is not debarred; {@code activeSubmissions} counts its other draft and
 * submitted applications to the call, not the one being checked.
 */
public record ApplicantFacts(
        boolean verified,
        String kind,
        LocalDate foundedOn,
        boolean servesWithinCallUnit,
        LocalDate debarredUntil,
        int activeSubmissions,
        LocalDate today) {}

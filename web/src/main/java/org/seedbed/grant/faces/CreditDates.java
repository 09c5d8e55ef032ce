package org.seedbed.grant.faces;

import java.time.LocalDate;

/** The dates of a debarment as the credit record page previews them, the way the boundary records them. */
final class CreditDates {

    private CreditDates() {}

    /** The last day of a debarment of whole years from its first day: three years from 2025-03-01 end on 2028-02-29. */
    static LocalDate until(LocalDate startsOn, int years) {
        return startsOn.plusYears(years).minusDays(1);
    }

    /** Whether a debarment holds on a day (both ends included). */
    static boolean active(LocalDate startsOn, LocalDate endsOn, LocalDate day) {
        return !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }
}

package org.seedbed.campaign.faces;

import java.time.Duration;
import java.time.Instant;

/**
 * What is left of a campaign's time, in the largest whole unit: days while a day or more is left,
 * then hours, then minutes, always rounded down so that it never promises more time than there
 * is. Before the start and after the end it says so instead.
 */
record TimeLeft(Unit unit, long count) {

    enum Unit {
        NOT_STARTED,
        DAYS,
        HOURS,
        MINUTES,
        ENDED
    }

    /** Fewer days than this are shown in warning colours. */
    private static final long SOON_DAYS = 3;

    static TimeLeft of(Instant startsAt, Instant endsAt, Instant now) {
        if (startsAt != null && now.isBefore(startsAt)) {
            return new TimeLeft(Unit.NOT_STARTED, 0);
        }
        Duration left = Duration.between(now, endsAt);
        if (left.isNegative() || left.isZero()) {
            return new TimeLeft(Unit.ENDED, 0);
        }
        if (left.toDays() >= 1) {
            return new TimeLeft(Unit.DAYS, left.toDays());
        }
        if (left.toHours() >= 1) {
            return new TimeLeft(Unit.HOURS, left.toHours());
        }
        // "0 minutes left" would read as over while gifts are still taken.
        return new TimeLeft(Unit.MINUTES, Math.max(1, left.toMinutes()));
    }

    /** Whether the end is near enough to hurry donors. */
    boolean soon() {
        return unit == Unit.HOURS || unit == Unit.MINUTES || (unit == Unit.DAYS && count < SOON_DAYS);
    }
}

package org.seedbed.campaign.faces;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago a gift or an update came, as people say it: just now, minutes, hours or days ago;
 * after a week the date reads better than a count.
 */
record TimeAgo(Unit unit, long count) {

    enum Unit {
        JUST_NOW,
        MINUTES,
        HOURS,
        DAYS,
        DATE
    }

    private static final long DAYS_COUNTED = 7;

    static TimeAgo since(Instant at, Instant now) {
        if (at == null) {
            return new TimeAgo(Unit.DATE, 0);
        }
        Duration ago = Duration.between(at, now);
        // A clock a little ahead of the server's may date a gift in the future: that is "just now" too.
        if (ago.toMinutes() < 1) {
            return new TimeAgo(Unit.JUST_NOW, 0);
        }
        if (ago.toHours() < 1) {
            return new TimeAgo(Unit.MINUTES, ago.toMinutes());
        }
        if (ago.toDays() < 1) {
            return new TimeAgo(Unit.HOURS, ago.toHours());
        }
        if (ago.toDays() < DAYS_COUNTED) {
            return new TimeAgo(Unit.DAYS, ago.toDays());
        }
        return new TimeAgo(Unit.DATE, 0);
    }
}

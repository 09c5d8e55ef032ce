package org.seedbed.dashboard.control;

import java.time.Instant;
import java.time.ZoneId;

/** Where and when a call belongs on the dashboard: its org unit, and the year it opened. */
public record CallPlace(long callId, long orgUnitId, int year) {

    /** The year is the city's: a call opening on New Year’s morning in China belongs to the new year. */
    public static CallPlace of(long callId, long orgUnitId, Instant opensAt, ZoneId zone) {
        return new CallPlace(callId, orgUnitId, opensAt.atZone(zone).getYear());
    }
}

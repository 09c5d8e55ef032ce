package org.seedbed.dashboard.control;

/**
 * Money of one call and one category (null when applications chose none), as one grouped query
 * returns it: each query fills the amounts it sums and leaves the others at zero.
 */
public record CallFunding(
        long callId, String categoryCode, long requestedMinor, long awardedMinor, long disbursedMinor) {

    public static CallFunding requested(long callId, String categoryCode, long minor) {
        return new CallFunding(callId, categoryCode, minor, 0, 0);
    }

    public static CallFunding awarded(long callId, String categoryCode, long minor) {
        return new CallFunding(callId, categoryCode, 0, minor, 0);
    }
}

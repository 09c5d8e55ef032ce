package org.seedbed.grant.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How far a grant has come, for the bars on the grantee's and evaluators' pages: money paid out, targets reached. */
final class GrantProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GrantProgress() {}

    /**
     * The part in whole percent of the whole, from 0 to 100, rounded down so that a bar is full
     * only once everything is paid or reached; 0 when there is no whole to measure against.
     */
    static int percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0 || part.signum() <= 0) {
            return 0;
        }
        return Math.min(
                100, part.multiply(HUNDRED).divide(whole, 0, RoundingMode.DOWN).intValue());
    }
}

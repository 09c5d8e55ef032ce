package org.seedbed.grant.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much of a whole a part is, for the bars of released money and reached indicator targets. */
final class StaffShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StaffShares() {}

    /** The part in whole percent of the whole, from 0 to 100; 0 when there is no whole to measure against. */
    static int percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0 || part.signum() <= 0) {
            return 0;
        }
        if (part.compareTo(whole) >= 0) {
            return 100;
        }
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.DOWN).intValue();
    }
}

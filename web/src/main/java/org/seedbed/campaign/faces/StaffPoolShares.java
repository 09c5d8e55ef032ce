package org.seedbed.campaign.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.seedbed.campaign.boundary.PoolView;

/**
 * A matching pool's budget split for its stacked bar: matched for good, held for donations being
 * paid, and left, as percents of the budget. The three add up to 100 (the budget is always their
 * sum), rounding being given to what is left.
 */
public record StaffPoolShares(int committed, int reserved, int available) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static StaffPoolShares of(PoolView pool) {
        return of(pool.committed(), pool.reserved(), pool.budget());
    }

    static StaffPoolShares of(BigDecimal committed, BigDecimal reserved, BigDecimal budget) {
        if (budget == null || budget.signum() <= 0) {
            return new StaffPoolShares(0, 0, 0);
        }
        int c = percent(committed, budget);
        int r = Math.min(100 - c, percent(reserved, budget));
        return new StaffPoolShares(c, r, 100 - c - r);
    }

    /** Committed and reserved together: what the pool no longer has to give. */
    public int used() {
        return committed + reserved;
    }

    private static int percent(BigDecimal part, BigDecimal whole) {
        if (part == null || part.signum() <= 0) {
            return 0;
        }
        if (part.compareTo(whole) >= 0) {
            return 100;
        }
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }
}

package org.seedbed.campaign.faces;

import java.math.BigDecimal;

/**
 * A matching pool's ratio as sponsors and donors say it: the sponsor's part to the donor's yuan,
 * "1:1" when every yuan is doubled, "0.5:1" when half of it is added, "2:1" when it is tripled.
 */
final class MatchRatio {

    private MatchRatio() {}

    static String text(BigDecimal ratio) {
        if (ratio == null) {
            return "";
        }
        return ratio.stripTrailingZeros().toPlainString() + ":1";
    }
}

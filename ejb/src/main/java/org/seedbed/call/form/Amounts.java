package org.seedbed.call.form;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts and numbers appear in messages and readable answers: plain digits, no grouping. */
final class Amounts {

    private Amounts() {}

    /** Yuan with two decimals, e.g. 50000.00; amounts are kept exact and rounded only here. */
    static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A number without trailing zeros, e.g. 3 or 2.5. */
    static String number(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}

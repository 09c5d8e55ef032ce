package org.seedbed.campaign.faces;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts of a campaign's books to the cent ("¥0.00", "CN¥1,280.50"): a reconciliation that
 * agrees must be seen to agree to the cent, where the other pages drop zero cents.
 */
final class StaffLedgerMoney {

    private StaffLedgerMoney() {}

    static String cents(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency == null ? "CNY" : currency));
        } catch (IllegalArgumentException unknown) {
            // A currency code Java does not know: the amount still reads right as yuan.
            format.setCurrency(Currency.getInstance("CNY"));
        }
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}

package org.seedbed.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money: minor units (fen for CNY) plus the currency. Never a double, so sums
 * of tranches, donations and matches add up to the cent.
 */
public record Money(long minor, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    /** From an amount in major units (yuan); more decimals than the currency has are refused. */
    public static Money ofMajor(BigDecimal major, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        BigDecimal scaled = major.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        return new Money(scaled.unscaledValue().longValueExact(), currency);
    }

    public BigDecimal major() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public boolean isNegative() {
        return minor < 0;
    }

    /** As people of the locale write it, e.g. "¥12,000.00" or "CN¥12,000.00". */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(major());
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(currency + " and " + other.currency + " do not add up");
        }
    }

    @Override
    public String toString() {
        return major().toPlainString() + " " + currency.getCurrencyCode();
    }
}

package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaffLedgerMoneyTest {

    @Test
    void showsTheBooksToTheCent() {
        assertThat(StaffLedgerMoney.cents(BigDecimal.ZERO, "CNY", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("¥0.00");
        assertThat(StaffLedgerMoney.cents(new BigDecimal("1280.5"), "CNY", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("¥1,280.50");
    }

    @Test
    void readsAnUnknownCurrencyAsYuan() {
        assertThat(StaffLedgerMoney.cents(new BigDecimal("3"), "XYZ1", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("¥3.00");
    }

    @Test
    void showsNothingForNoAmount() {
        assertThat(StaffLedgerMoney.cents(null, "CNY", Locale.ENGLISH)).isEmpty();
    }
}

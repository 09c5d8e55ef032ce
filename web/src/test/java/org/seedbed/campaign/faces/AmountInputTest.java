package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountInputTest {

    @Test
    void readsPlainAmounts() {
        assertThat(AmountInput.parse("100")).contains(new BigDecimal("100"));
        assertThat(AmountInput.parse(" 88.80 ")).contains(new BigDecimal("88.80"));
        assertThat(AmountInput.parse(".5")).contains(new BigDecimal("0.5"));
    }

    @Test
    void readsAmountsAsTypedOnAChineseKeyboard() {
        assertThat(AmountInput.parse("２００")).contains(new BigDecimal("200"));
        assertThat(AmountInput.parse("￥1,000")).contains(new BigDecimal("1000"));
        assertThat(AmountInput.parse("50元")).contains(new BigDecimal("50"));
        assertThat(AmountInput.parse("¥ 66．6")).contains(new BigDecimal("66.6"));
    }

    @Test
    void refusesWhatIsNoAmount() {
        assertThat(AmountInput.parse("abc")).isEmpty();
        assertThat(AmountInput.parse("-5")).isEmpty();
        assertThat(AmountInput.parse("1e5")).isEmpty();
        assertThat(AmountInput.parse("1.2.3")).isEmpty();
        assertThat(AmountInput.parse("9999999999999")).isEmpty();
    }

    @Test
    void tellsBlankFromWrong() {
        assertThat(AmountInput.isBlank(null)).isTrue();
        assertThat(AmountInput.isBlank("  ")).isTrue();
        assertThat(AmountInput.parse("  ")).isEmpty();
        assertThat(AmountInput.isBlank("abc")).isFalse();
    }
}

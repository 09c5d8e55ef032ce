package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPresetsTest {

    @Test
    void readsAmountsSeparatedByCommasOfEitherAlphabet() {
        assertThat(PaymentPresets.parse("10, 50，100、200")).hasValueSatisfying(amounts -> assertThat(amounts)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("10", "50", "100", "200"));
    }

    @Test
    void acceptsAYuanSignAndCents() {
        assertThat(PaymentPresets.parse("¥20 ￥66.60")).hasValueSatisfying(amounts -> assertThat(amounts)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("20", "66.60"));
    }

    @Test
    void givesNoAmountsForAnEmptyText() {
        assertThat(PaymentPresets.parse("  "))
                .hasValueSatisfying(amounts -> assertThat(amounts).isEmpty());
        assertThat(PaymentPresets.parse(null))
                .hasValueSatisfying(amounts -> assertThat(amounts).isEmpty());
    }

    @Test
    void refusesATextWithSomethingElseThanNumbers() {
        assertThat(PaymentPresets.parse("20, fifty, 100")).isEmpty();
    }

    @Test
    void writesTheAmountsAsTheAdminWouldType() {
        assertThat(PaymentPresets.format(
                        List.of(new BigDecimal("20.00"), new BigDecimal("66.60"), new BigDecimal("1E+2"))))
                .isEqualTo("20, 66.6, 100");
        assertThat(PaymentPresets.format(null)).isEmpty();
    }
}

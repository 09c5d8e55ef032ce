package org.seedbed.review.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PitchResultTest {

    private static List<BigDecimal> totals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void dropsOneHighestAndOneLowestTotalFromThreeSheetsOn() {
        PitchResult result = PitchResult.of(totals("90", "60", "80", "85", "70"));

        assertThat(result.trimmedMean()).isEqualByComparingTo("78.33");
        assertThat(result.mean()).isEqualByComparingTo("77.00");
        assertThat(result.median()).isEqualByComparingTo("80.00");
        assertThat(result.lowest()).isEqualByComparingTo("60.00");
        assertThat(result.highest()).isEqualByComparingTo("90.00");
        assertThat(result.totals())
                .extracting(BigDecimal::toPlainString)
                .containsExactly("60.00", "70.00", "80.00", "85.00", "90.00");
    }

    @Test
    void keepsEveryTotalBelowThreeSheetsAndTakesTheMiddleOfAnEvenCount() {
        PitchResult result = PitchResult.of(totals("81.5", "70"));

        assertThat(result.trimmedMean()).isEqualByComparingTo(result.mean()).isEqualByComparingTo("75.75");
        assertThat(result.median()).isEqualByComparingTo("75.75");
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertThat(PitchResult.of(totals("90", "60", "80")).mean()).isEqualByComparingTo("76.67");
    }

    @Test
    void needsAtLeastOneSheet() {
        assertThatThrownBy(() -> PitchResult.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

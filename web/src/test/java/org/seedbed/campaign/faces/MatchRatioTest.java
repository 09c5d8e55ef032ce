package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MatchRatioTest {

    @Test
    void writesTheSponsorsPartToTheDonorsYuan() {
        assertThat(MatchRatio.text(new BigDecimal("1.000"))).isEqualTo("1:1");
        assertThat(MatchRatio.text(new BigDecimal("0.5"))).isEqualTo("0.5:1");
        assertThat(MatchRatio.text(new BigDecimal("0.250"))).isEqualTo("0.25:1");
        assertThat(MatchRatio.text(new BigDecimal("2"))).isEqualTo("2:1");
    }

    @Test
    void neverWritesAnExponent() {
        assertThat(MatchRatio.text(new BigDecimal("10.000"))).isEqualTo("10:1");
    }

    @Test
    void isEmptyWithoutARatio() {
        assertThat(MatchRatio.text(null)).isEmpty();
    }
}

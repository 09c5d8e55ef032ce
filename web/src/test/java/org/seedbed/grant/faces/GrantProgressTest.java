package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GrantProgressTest {

    @Test
    void roundsDownSoThatTheBarIsFullOnlyWhenEverythingIsPaid() {
        assertThat(GrantProgress.percent(new BigDecimal("99999.99"), new BigDecimal("100000")))
                .isEqualTo(99);
        assertThat(GrantProgress.percent(new BigDecimal("100000"), new BigDecimal("100000")))
                .isEqualTo(100);
        assertThat(GrantProgress.percent(new BigDecimal("50000"), new BigDecimal("100000")))
                .isEqualTo(50);
    }

    @Test
    void staysWithinZeroAndAHundred() {
        assertThat(GrantProgress.percent(new BigDecimal("180"), new BigDecimal("120")))
                .isEqualTo(100);
        assertThat(GrantProgress.percent(BigDecimal.ZERO, new BigDecimal("120")))
                .isZero();
        assertThat(GrantProgress.percent(null, new BigDecimal("120"))).isZero();
        assertThat(GrantProgress.percent(BigDecimal.TEN, BigDecimal.ZERO)).isZero();
        assertThat(GrantProgress.percent(BigDecimal.TEN, null)).isZero();
    }
}

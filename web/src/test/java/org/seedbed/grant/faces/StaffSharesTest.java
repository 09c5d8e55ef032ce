package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StaffSharesTest {

    @Test
    void givesWholePercentRoundedDown() {
        assertThat(StaffShares.percent(new BigDecimal("50000"), new BigDecimal("100000")))
                .isEqualTo(50);
        assertThat(StaffShares.percent(new BigDecimal("99999.99"), new BigDecimal("100000")))
                .isEqualTo(99);
        assertThat(StaffShares.percent(new BigDecimal("1"), new BigDecimal("3")))
                .isEqualTo(33);
    }

    @Test
    void staysBetweenNothingAndTheWholeBar() {
        assertThat(StaffShares.percent(new BigDecimal("250"), new BigDecimal("100")))
                .isEqualTo(100);
        assertThat(StaffShares.percent(new BigDecimal("1E+30"), BigDecimal.ONE)).isEqualTo(100);
        assertThat(StaffShares.percent(BigDecimal.ZERO, new BigDecimal("100"))).isZero();
        assertThat(StaffShares.percent(new BigDecimal("-5"), new BigDecimal("100")))
                .isZero();
    }

    @Test
    void measuresNothingAgainstAMissingOrZeroWhole() {
        assertThat(StaffShares.percent(new BigDecimal("10"), BigDecimal.ZERO)).isZero();
        assertThat(StaffShares.percent(new BigDecimal("10"), null)).isZero();
        assertThat(StaffShares.percent(null, new BigDecimal("10"))).isZero();
    }
}

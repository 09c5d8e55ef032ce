package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StaffPoolSharesTest {

    @Test
    void splitsTheBudgetIntoMatchedHeldAndLeft() {
        StaffPoolShares shares =
                StaffPoolShares.of(new BigDecimal("25000"), new BigDecimal("5000"), new BigDecimal("100000"));

        assertThat(shares).isEqualTo(new StaffPoolShares(25, 5, 70));
        assertThat(shares.used()).isEqualTo(30);
    }

    @Test
    void alwaysAddsUpToTheWholeBar() {
        StaffPoolShares shares = StaffPoolShares.of(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("3"));

        assertThat(shares.committed() + shares.reserved() + shares.available()).isEqualTo(100);
    }

    @Test
    void neverGoesBeyondTheBudget() {
        StaffPoolShares shares = StaffPoolShares.of(new BigDecimal("90"), new BigDecimal("30"), new BigDecimal("100"));

        assertThat(shares).isEqualTo(new StaffPoolShares(90, 10, 0));
    }

    @Test
    void showsAnEmptyBarWithoutABudget() {
        assertThat(StaffPoolShares.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO))
                .isEqualTo(new StaffPoolShares(0, 0, 0));
        assertThat(StaffPoolShares.of(null, null, null)).isEqualTo(new StaffPoolShares(0, 0, 0));
    }

    @Test
    void aFreshPoolIsAllLeft() {
        assertThat(StaffPoolShares.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("500")))
                .isEqualTo(new StaffPoolShares(0, 0, 100));
    }
}

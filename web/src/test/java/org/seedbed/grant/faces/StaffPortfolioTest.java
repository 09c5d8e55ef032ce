package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.entity.Grant;

class StaffPortfolioTest {

    @Test
    void addsUpAwardedAndReleasedMoneyAndCountsHeldGrants() {
        StaffPortfolio totals = StaffPortfolio.of(List.of(
                grant(1, Grant.Status.ACTIVE, "100000.00", "50000.00"),
                grant(2, Grant.Status.HELD, "80000.00", "40000.00"),
                grant(3, Grant.Status.AGREEMENT_PENDING, "20000.00", "0.00"),
                grant(4, Grant.Status.ACTIVE, "50000.00", "25000.00")));

        assertThat(totals.count()).isEqualTo(4);
        assertThat(totals.awarded()).isEqualByComparingTo("250000");
        assertThat(totals.released()).isEqualByComparingTo("115000");
        assertThat(totals.held()).isEqualTo(1);
        assertThat(totals.currency()).isEqualTo("CNY");
        assertThat(totals.releasedPercent()).isEqualTo(46);
    }

    @Test
    void groupsByStatusInTheOrderOfTheLifeCycleLeavingOutEmptyOnes() {
        StaffPortfolio totals = StaffPortfolio.of(List.of(
                grant(1, Grant.Status.ACTIVE, "100000.00", "50000.00"),
                grant(2, Grant.Status.AGREEMENT_PENDING, "20000.00", "0.00"),
                grant(3, Grant.Status.ACTIVE, "50000.00", "25000.00")));

        assertThat(totals.byStatus())
                .extracting(StaffPortfolio.StatusSums::status)
                .containsExactly(Grant.Status.AGREEMENT_PENDING, Grant.Status.ACTIVE);
        StaffPortfolio.StatusSums active = totals.byStatus().get(1);
        assertThat(active.count()).isEqualTo(2);
        assertThat(active.awarded()).isEqualByComparingTo("150000");
        assertThat(active.released()).isEqualByComparingTo("75000");
    }

    @Test
    void anEmptyPortfolioHasNothingAndNoShare() {
        StaffPortfolio totals = StaffPortfolio.of(List.of());

        assertThat(totals.count()).isZero();
        assertThat(totals.awarded()).isEqualByComparingTo("0");
        assertThat(totals.releasedPercent()).isZero();
        assertThat(totals.byStatus()).isEmpty();
        assertThat(totals.currency()).isEqualTo("CNY");
    }

    static GrantSummary grant(long id, Grant.Status status, String amount, String released) {
        return new GrantSummary(
                id,
                "项目 " + id,
                "机构 " + id,
                100 + id,
                7,
                "社区创投 2026",
                "ELDERLY",
                new BigDecimal(amount),
                new BigDecimal(released),
                "CNY",
                status,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 3, 1),
                null);
    }
}

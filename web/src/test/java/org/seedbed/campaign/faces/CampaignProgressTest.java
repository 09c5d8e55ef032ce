package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

    private static final BigDecimal GOAL = new BigDecimal("50000");

    @Test
    void countsGiftsAndMatchesTogetherRoundedDown() {
        assertThat(CampaignProgress.percent(new BigDecimal("10000"), new BigDecimal("2000"), GOAL))
                .isEqualTo(24);
        assertThat(CampaignProgress.percent(new BigDecimal("49999.99"), BigDecimal.ZERO, GOAL))
                .isEqualTo(99);
        assertThat(CampaignProgress.percent(new BigDecimal("25000"), new BigDecimal("25000"), GOAL))
                .isEqualTo(100);
    }

    @Test
    void showsAGoalPassedAsMoreThanAHundred() {
        assertThat(CampaignProgress.percent(new BigDecimal("40000"), new BigDecimal("20000"), GOAL))
                .isEqualTo(120);
    }

    @Test
    void isZeroWithoutGiftsOrWithoutAGoal() {
        assertThat(CampaignProgress.percent(BigDecimal.ZERO, BigDecimal.ZERO, GOAL))
                .isZero();
        assertThat(CampaignProgress.percent(null, null, GOAL)).isZero();
        assertThat(CampaignProgress.percent(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO))
                .isZero();
        assertThat(CampaignProgress.percent(BigDecimal.TEN, BigDecimal.ONE, null))
                .isZero();
    }

    @Test
    void barShowsGiftsThenMatches() {
        CampaignProgress.Bar bar = CampaignProgress.bar(new BigDecimal("10000"), new BigDecimal("5000"), GOAL);

        assertThat(bar.raised()).isEqualByComparingTo("20");
        assertThat(bar.matched()).isEqualByComparingTo("10");
    }

    @Test
    void barIsCutAtTheGoalKeepingTheGiftsWhole() {
        CampaignProgress.Bar bar = CampaignProgress.bar(new BigDecimal("40000"), new BigDecimal("20000"), GOAL);

        assertThat(bar.raised()).isEqualByComparingTo("80");
        assertThat(bar.matched()).isEqualByComparingTo("20");
        assertThat(CampaignProgress.bar(new BigDecimal("60000"), new BigDecimal("1000"), GOAL))
                .isEqualTo(new CampaignProgress.Bar(new BigDecimal("100.0"), new BigDecimal("0.0")));
    }

    @Test
    void shareHasOneDecimalAndStaysWithinTheBar() {
        assertThat(CampaignProgress.share(new BigDecimal("1"), new BigDecimal("3"))
                        .toPlainString())
                .isEqualTo("33.3");
        assertThat(CampaignProgress.share(new BigDecimal("5"), new BigDecimal("3"))
                        .toPlainString())
                .isEqualTo("100.0");
        assertThat(CampaignProgress.share(null, new BigDecimal("3")).toPlainString())
                .isEqualTo("0.0");
        assertThat(CampaignProgress.share(BigDecimal.ONE, BigDecimal.ZERO).toPlainString())
                .isEqualTo("0.0");
    }
}

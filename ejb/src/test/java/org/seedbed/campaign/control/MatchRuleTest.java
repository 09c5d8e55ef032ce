package org.seedbed.campaign.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MatchRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-09-06T16:00:00Z"); // 09-07 00:00 in Shanghai
    private static final Instant END = Instant.parse("2026-09-09T16:00:00Z");
    private static final Instant NOON = Instant.parse("2026-09-07T04:00:00Z"); // 12:00 in Shanghai

    private static MatchRule rule(String ratio, Long perDonation, long minimum, LocalTime opensAt) {
        return new MatchRule(
                1,
                "CNY",
                new BigDecimal(ratio),
                perDonation,
                5_000L,
                80_000L,
                minimum,
                1_000_000L,
                opensAt,
                START,
                END);
    }

    @Test
    void oneToOneMatchesTheWholeGift() {
        assertThat(rule("1", null, 0, null).want(5_000, 5_000, "CNY", NOON, SHANGHAI))
                .isEqualTo(5_000);
    }

    @Test
    void aHalfRatioRoundsDownToTheFen() {
        assertThat(rule("0.5", null, 0, null).want(3_333, 3_333, "CNY", NOON, SHANGHAI))
                .isEqualTo(1_666);
    }

    @Test
    void thePerDonationCapLimitsTheMatch() {
        assertThat(rule("1", 2_000L, 0, null).want(5_000, 5_000, "CNY", NOON, SHANGHAI))
                .isEqualTo(2_000);
    }

    @Test
    void giftsBelowTheMinimumOrInAnotherCurrencyAreNotMatched() {
        assertThat(rule("1", null, 1_000, null).want(999, 999, "CNY", NOON, SHANGHAI))
                .isZero();
        assertThat(rule("1", null, 0, null).want(5_000, 5_000, "USD", NOON, SHANGHAI))
                .isZero();
    }

    @Test
    void nothingOutsideThePoolsDatesOrBeforeTheDailyOpening() {
        assertThat(rule("1", null, 0, null).want(100, 100, "CNY", START.minusSeconds(1), SHANGHAI))
                .isZero();
        assertThat(rule("1", null, 0, null).want(100, 100, "CNY", END, SHANGHAI))
                .isZero();
        MatchRule tenOClock = rule("1", null, 0, LocalTime.of(10, 0));
        assertThat(tenOClock.want(100, 100, "CNY", Instant.parse("2026-09-07T01:59:59Z"), SHANGHAI))
                .as("09:59:59 in Shanghai")
                .isZero();
        assertThat(tenOClock.want(100, 100, "CNY", Instant.parse("2026-09-07T02:00:00Z"), SHANGHAI))
                .isEqualTo(100);
    }

    @Test
    void aLaterPoolMatchesOnlyWhatEarlierOnesLeftUncovered() {
        MatchRule half = rule("0.5", null, 0, null);
        assertThat(half.covered(1_000, 5_000))
                .as("0.5 per yuan: 1,000 of match covers 2,000")
                .isEqualTo(2_000);
        assertThat(half.covered(1_001, 5_000)).as("rounded up").isEqualTo(2_002);
        assertThat(half.covered(5_000, 3_000))
                .as("never more than was uncovered")
                .isEqualTo(3_000);
        assertThat(rule("1", null, 0, null).want(5_000, 0, "CNY", NOON, SHANGHAI))
                .isZero();
    }

    @Test
    void countersAreKeyedByTheCitysDay() {
        var counters = rule("1", null, 0, null).counters("abc", "42", Instant.parse("2026-09-07T17:00:00Z"), SHANGHAI);
        assertThat(counters)
                .extracting(MatchRule.Counter::key)
                .containsExactly("donor:abc:2026-09-08", "project:42", "day:2026-09-08");
        assertThat(counters).extracting(MatchRule.Counter::capMinor).containsExactly(5_000L, 80_000L, 1_000_000L);
        assertThat(rule("1", null, 0, null).counters(null, "42", NOON, SHANGHAI))
                .as("an unknown donor has no per-donor counter")
                .hasSize(2);
    }
}

package org.seedbed.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranchePlanTest {

    private static List<BigDecimal> percents(String... values) {
        return List.of(values).stream().map(BigDecimal::new).toList();
    }

    /** Between one and six tranches of whole hundredths of a percent, adding up to 100. */
    private static TranchePlan randomPlan(Random random) {
        int tranches = 1 + random.nextInt(TranchePlan.MAX_TRANCHES);
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < tranches - 1) {
            cuts.add(1 + random.nextInt(9_999));
        }
        List<BigDecimal> percents = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            percents.add(BigDecimal.valueOf(cut - previous, 2));
            previous = cut;
        }
        percents.add(BigDecimal.valueOf(10_000 - previous, 2));
        return new TranchePlan(percents);
    }

    /** Adds a line to {@code problems} unless the split adds up and each tranche is within a fen of its share. */
    private static void checkSplit(TranchePlan plan, long total, List<String> problems) {
        List<Long> amounts = plan.split(total);
        long sum = amounts.stream().mapToLong(Long::longValue).sum();
        if (amounts.size() != plan.percents().size() || sum != total) {
            problems.add(plan.text() + " of " + total + " gives " + amounts);
            return;
        }
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal exact =
                    BigDecimal.valueOf(total).multiply(plan.percents().get(i)).movePointLeft(2);
            long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            if (amounts.get(i) < floor || amounts.get(i) > floor + 1) {
                problems.add(plan.text() + " of " + total + " gives " + amounts + ", tranche " + (i + 1)
                        + " is more than a fen off " + exact.toPlainString());
            }
        }
    }

    @Test
    void theStandardPlanIsFiftyThirtyTwenty() {
        assertThat(TranchePlan.standard().percents()).isEqualTo(percents("50", "30", "20"));
        assertThat(TranchePlan.standard().text()).isEqualTo("50/30/20");
    }

    @Test
    void readsSlashesAndCommas() {
        assertThat(TranchePlan.parse("50/30/20")).isEqualTo(TranchePlan.standard());
        assertThat(TranchePlan.parse(" 40, 30 ,30 ").percents()).isEqualTo(percents("40", "30", "30"));
        assertThat(TranchePlan.parse("40，30，30").percents()).isEqualTo(percents("40", "30", "30"));
        assertThat(TranchePlan.parse("60% / 40%").percents()).isEqualTo(percents("60", "40"));
        assertThat(TranchePlan.parse("100").percents()).isEqualTo(percents("100"));
    }

    @Test
    void readsPercentagesWithTwoDecimals() {
        assertThat(TranchePlan.parse("33.34/33.33/33.33").percents()).isEqualTo(percents("33.34", "33.33", "33.33"));
    }

    @Test
    void readsBackWhatItWrites() {
        TranchePlan plan = TranchePlan.parse("33.5/33.5/13/10/5/5");

        assertThat(TranchePlan.parse(plan.text())).isEqualTo(plan);
    }

    @Test
    void refusesPlansThatDoNotAddUpToOneHundred() {
        assertThatThrownBy(() -> TranchePlan.parse("50/30/19"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100%")
                .hasMessageContaining("99");
        assertThatThrownBy(() -> TranchePlan.parse("60/30/20"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("110");
    }

    @Test
    void refusesTranchesOfZeroOrLess() {
        assertThatThrownBy(() -> TranchePlan.parse("50/0/50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tranche 2");
        assertThatThrownBy(() -> TranchePlan.parse("-10/60/50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tranche 1");
    }

    @Test
    void refusesMoreThanSixTranches() {
        assertThatThrownBy(() -> TranchePlan.parse("20/20/20/10/10/10/10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 6");
        assertThat(TranchePlan.parse("20/20/20/20/10/10").percents()).hasSize(6);
    }

    @Test
    void refusesWhatIsNotAPlan() {
        assertThatThrownBy(() -> TranchePlan.parse("50/abc/50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("abc");
        assertThatThrownBy(() -> TranchePlan.parse("50//50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> TranchePlan.parse("50/50/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> TranchePlan.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TranchePlan.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TranchePlan(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        assertThatThrownBy(() -> TranchePlan.parse("33.333/33.333/33.334"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two decimals");
    }

    @Test
    void splitsInProportion() {
        assertThat(TranchePlan.standard().split(10_000_000)).containsExactly(5_000_000L, 3_000_000L, 2_000_000L);
        assertThat(TranchePlan.parse("40/30/30").split(15_000_000)).containsExactly(6_000_000L, 4_500_000L, 4_500_000L);
    }

    @Test
    void oneFenGoesToTheLargestShare() {
        assertThat(TranchePlan.standard().split(1)).containsExactly(1L, 0L, 0L);
    }

    @Test
    void leftoverFenGoToTheLargestRemainders() {
        // 7 × 50% = 3.5, 7 × 30% = 2.1, 7 × 20% = 1.4: the one fen left goes to the 0.5.
        assertThat(TranchePlan.standard().split(7)).containsExactly(4L, 2L, 1L);
        // 9 gives 4.5, 2.7 and 1.8: the two fen left go to the 0.8 and the 0.7, not to the 0.5.
        assertThat(TranchePlan.standard().split(9)).containsExactly(4L, 3L, 2L);
    }

    @Test
    void tiesGoToTheEarlierTranche() {
        TranchePlan quarters = TranchePlan.parse("25/25/25/25");

        assertThat(quarters.split(1)).containsExactly(1L, 0L, 0L, 0L);
        assertThat(quarters.split(3)).containsExactly(1L, 1L, 1L, 0L);
        assertThat(quarters.split(6)).containsExactly(2L, 2L, 1L, 1L);
    }

    @Test
    void nothingToSplitGivesNothing() {
        assertThat(TranchePlan.standard().split(0)).containsExactly(0L, 0L, 0L);
    }

    @Test
    void refusesToSplitANegativeAmount() {
        assertThatThrownBy(() -> TranchePlan.standard().split(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumsNeverDriftForAnyTotalOrPlan() {
        Random random = new Random(20_240_601L);
        List<TranchePlan> plans = new ArrayList<>(List.of(
                TranchePlan.standard(),
                TranchePlan.parse("33.34/33.33/33.33"),
                TranchePlan.parse("16.67/16.67/16.67/16.67/16.66/16.66")));
        for (int i = 0; i < 12; i++) {
            plans.add(randomPlan(random));
        }

        List<String> problems = new ArrayList<>();
        for (TranchePlan plan : plans) {
            for (long total = 1; total <= 20_000; total++) {
                checkSplit(plan, total, problems);
            }
            for (int i = 0; i < 200; i++) {
                // Up to ¥10 billion in fen, beyond any grant.
                checkSplit(plan, (long) (random.nextDouble() * 1_000_000_000_000L), problems);
            }
        }

        assertThat(problems).isEmpty();
    }
}

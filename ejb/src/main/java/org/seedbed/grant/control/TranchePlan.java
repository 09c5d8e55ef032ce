package org.seedbed.grant.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How a grant is paid out in tranches (分期拨付), in percent of the whole: 50/30/20 is half on
 * signing, 30% after the mid-term evaluation and the rest after the final one. Percentages have
 * at most two decimals, as they are stored.
 */
public record TranchePlan(List<BigDecimal> percents) {

    public static final int MAX_TRANCHES = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TranchePlan {
        if (percents == null || percents.isEmpty()) {
            throw new IllegalArgumentException("a tranche plan needs at least one tranche");
        }
        if (percents.size() > MAX_TRANCHES) {
            throw new IllegalArgumentException(
                    "a tranche plan has at most " + MAX_TRANCHES + " tranches, not " + percents.size());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < percents.size(); i++) {
            BigDecimal percent = percents.get(i);
            if (percent == null) {
                throw new IllegalArgumentException("tranche " + (i + 1) + " has no percentage");
            }
            if (percent.signum() <= 0) {
                throw new IllegalArgumentException(
                        "tranche " + (i + 1) + " must be more than 0%, not " + percent.toPlainString() + "%");
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException(
                        "tranche " + (i + 1) + " has more than two decimals: " + percent.toPlainString());
            }
            sum = sum.add(percent);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("the tranches must add up to 100%, not " + sum.toPlainString() + "%");
        }
        percents = List.copyOf(percents);
    }

    /** Half on signing, 30% after the mid-term evaluation, 20% after the final one. */
    public static TranchePlan standard() {
        return new TranchePlan(List.of(new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("20")));
    }

    /**
     * Reads a plan as officers type it: {@code 50/30/20} or {@code 40,30,30}, with full-width
     * commas (，) and a trailing % on each number tolerated because that is how it is often written.
     */
    public static TranchePlan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no tranche plan given; write it like 50/30/20");
        }
        List<BigDecimal> percents = new ArrayList<>();
        for (String part : text.strip().split("[/,，]", -1)) {
            String number = part.strip();
            if (number.endsWith("%")) {
                number = number.substring(0, number.length() - 1).strip();
            }
            if (number.isEmpty()) {
                throw new IllegalArgumentException("a tranche is missing in \"" + text + "\"");
            }
            try {
                percents.add(new BigDecimal(number));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a percentage: \"" + part.strip() + "\" in \"" + text + "\"", e);
            }
        }
        return new TranchePlan(percents);
    }

    /** The plan as {@link #parse(String)} reads it back, e.g. {@code 50/30/20}. */
    public String text() {
        return percents.stream()
                .map(p -> p.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("/"));
    }

    /**
     * The amount of each tranche in minor units, adding up to exactly {@code totalMinor}: each
     * tranche gets its share rounded down, and the few minor units this leaves go one each to
     * the tranches that lost the most by rounding (largest remainder method), the earlier one on
     * a tie. No fen is lost or invented, and no tranche is more than one fen off its exact share.
     */
    public List<Long> split(long totalMinor) {
        if (totalMinor < 0) {
            throw new IllegalArgumentException("cannot split a negative amount: " + totalMinor);
        }
        int n = percents.size();
        long[] amounts = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal total = BigDecimal.valueOf(totalMinor);
        long allotted = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = total.multiply(percents.get(i)).movePointLeft(2);
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            amounts[i] = floor.longValueExact();
            remainders[i] = exact.subtract(floor);
            allotted += amounts[i];
        }
        // The exact shares add up to the total, so fewer than n minor units are left over.
        int leftover = (int) (totalMinor - allotted);
        List<Integer> byRemainder = IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i], Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < leftover; k++) {
            amounts[byRemainder.get(k)]++;
        }
        return Arrays.stream(amounts).boxed().toList();
    }
}

package org.seedbed.review.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a pitch's panel gave once every sheet is in: the mean, the trimmed mean (without one
 * highest and one lowest total, from three sheets on), the median, the extremes, and the totals
 * themselves in ascending order without names. All on the 0–100 scale, two decimals.
 */
public record PitchResult(
        int sheets,
        BigDecimal mean,
        BigDecimal trimmedMean,
        BigDecimal median,
        BigDecimal lowest,
        BigDecimal highest,
        List<BigDecimal> totals) {

    public static PitchResult of(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("a pitch result needs at least one sheet");
        }
        List<BigDecimal> sorted = new ArrayList<>(totals);
        Collections.sort(sorted);
        int n = sorted.size();
        List<BigDecimal> kept = n >= 3 ? sorted.subList(1, n - 1) : sorted;
        BigDecimal median = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return new PitchResult(
                n,
                mean(sorted),
                mean(kept),
                shown(median),
                shown(sorted.get(0)),
                shown(sorted.get(n - 1)),
                sorted.stream().map(PitchResult::shown).toList());
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}

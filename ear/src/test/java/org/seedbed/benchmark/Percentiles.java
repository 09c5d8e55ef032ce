package org.seedbed.benchmark;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Percentiles by nearest rank (the smallest measurement with at least that share of all at or
 * below it, so always one that was measured) and the mean of a set of measurements.
 */
final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    static Percentiles of(Collection<? extends Number> measurements) {
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] values = measurements.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(values);
        return new Percentiles(values);
    }

    /** The measurement at this percentile, more than 0 and at most 100. */
    double at(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + percent);
        }
        // percent * count before dividing keeps whole percentiles exact (95 of 20 is rank 19, not 20).
        int rank = (int) Math.ceil(percent * sorted.length / 100);
        return sorted[Math.max(1, rank) - 1];
    }

    double mean() {
        return Arrays.stream(sorted).average().orElseThrow();
    }

    int count() {
        return sorted.length;
    }

    /** {@code p50 4.1  p95 9.8  p99 15.2  mean 5.0}, in the measurements' unit. */
    String summary() {
        return String.format(Locale.ROOT, "p50 %.1f  p95 %.1f  p99 %.1f  mean %.1f", at(50), at(95), at(99), mean());
    }
}

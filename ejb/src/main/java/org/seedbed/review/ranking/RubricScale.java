package org.seedbed.review.ranking;

import java.util.List;
import java.util.Map;

/**
 * A rubric in whole numbers. Each criterion adds weight × (score − min) / length to a sheet; with every fraction
 * weight / length reduced, a common unit exists in which every sheet's total is a whole number of points out of
 * {@link #denominator()}. Sums, trimmed sums and medians of points are then exact, so two submissions with the same
 * scores get exactly the same aggregates whatever order their sheets arrive in, and ties are real ties.
 */
final class RubricScale {

    /**
     * The finest common unit accepted. Points are squared and summed for standard deviations; below this bound those
     * sums stay within a {@code long} for millions of sheets per reviewer.
     */
    static final long MAX_DENOMINATOR = 1_000_000;

    private final String[] codes;
    private final int[] mins;
    private final int[] maxs;
    private final long[] factors;
    private final long denominator;
    private final int heaviest;

    RubricScale(List<Criterion> criteria) {
        int count = criteria.size();
        codes = new String[count];
        mins = new int[count];
        maxs = new int[count];
        factors = new long[count];
        long totalWeight = 0;
        long unit = 1;
        int heaviestIndex = 0;
        for (int i = 0; i < count; i++) {
            Criterion criterion = criteria.get(i);
            codes[i] = criterion.code();
            mins[i] = criterion.min();
            maxs[i] = criterion.max();
            totalWeight += criterion.weight();
            long length = (long) criterion.max() - criterion.min();
            unit = lcm(unit, length / gcd(criterion.weight(), length));
            if (unit > MAX_DENOMINATOR) {
                throw tooFine(criteria);
            }
            if (criterion.weight() > criteria.get(heaviestIndex).weight()) {
                heaviestIndex = i;
            }
        }
        if (unit * totalWeight > MAX_DENOMINATOR) {
            throw tooFine(criteria);
        }
        for (int i = 0; i < count; i++) {
            long weight = criteria.get(i).weight();
            long length = (long) maxs[i] - mins[i];
            long divisor = gcd(weight, length);
            factors[i] = (weight / divisor) * (unit / (length / divisor));
        }
        denominator = unit * totalWeight;
        heaviest = heaviestIndex;
    }

    /** Points of a full sheet, out of {@link #denominator()}. */
    long denominator() {
        return denominator;
    }

    /** Index of the heaviest criterion, the first of them when several share the largest weight. */
    int heaviest() {
        return heaviest;
    }

    String code(int criterion) {
        return codes[criterion];
    }

    /** A sheet's total in points; refuses scores that are not exactly the rubric's criteria, each on its scale. */
    long points(Map<String, Integer> scores) {
        long points = 0;
        for (int i = 0; i < codes.length; i++) {
            Integer score = scores.get(codes[i]);
            if (score == null) {
                throw new IllegalArgumentException("no score for criterion " + codes[i]);
            }
            if (score < mins[i] || score > maxs[i]) {
                throw new IllegalArgumentException("score " + score + " for criterion " + codes[i]
                        + " is off its scale " + mins[i] + ".." + maxs[i]);
            }
            points += factors[i] * (score - mins[i]);
        }
        if (scores.size() != codes.length) {
            String unknown = scores.keySet().stream()
                    .filter(code -> !List.of(codes).contains(code))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            throw new IllegalArgumentException("criterion " + unknown + " is not in the rubric");
        }
        return points;
    }

    /**
     * A number of points shared among {@code count} sheets (a mean when the points are a sum), on the 0..100 scale.
     * One division of exact integers, so equal fractions always give the same double.
     */
    double onHundredScale(long points, long count) {
        return points * 100.0 / ((double) count * denominator);
    }

    private static IllegalArgumentException tooFine(List<Criterion> criteria) {
        return new IllegalArgumentException("the scales and weights of " + criteria + " need a unit finer than 1/"
                + MAX_DENOMINATOR + " of a full sheet; use simpler scales");
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long rest = a % b;
            a = b;
            b = rest;
        }
        return a;
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }
}

package org.seedbed.review.ranking;

import java.math.BigInteger;

/**
 * Each reviewer's totals over the whole call, in exact points, to turn a total into a z-score: how far it lies from the
 * reviewer's own mean, in the reviewer's own (sample) standard deviations. A lenient and a harsh reviewer who order
 * proposals alike then give them alike z-scores. Also sums all the call's totals for the grand mean and spread.
 */
final class ReviewerStatistics {

    private final long[] count;
    private final long[] sum;
    private final long[] sumOfSquares;
    private final double[] zDivisor;

    ReviewerStatistics(int reviewers) {
        count = new long[reviewers];
        sum = new long[reviewers];
        sumOfSquares = new long[reviewers];
        zDivisor = new double[reviewers];
    }

    void add(int reviewer, long points) {
        count[reviewer]++;
        sum[reviewer] = Math.addExact(sum[reviewer], points);
        sumOfSquares[reviewer] = Math.addExact(sumOfSquares[reviewer], Math.multiplyExact(points, points));
    }

    /** To be called once every sheet is added. */
    void close() {
        for (int r = 0; r < count.length; r++) {
            long n = count[r];
            BigInteger spread = spread(n, sum[r], BigInteger.valueOf(sumOfSquares[r]));
            // z = (points − sum / n) / sd = (n × points − sum) / (n × sd), and (n × sd)² = n × spread / (n − 1).
            zDivisor[r] = n < 2 || spread.signum() == 0
                    ? 0
                    : Math.sqrt(spread.multiply(BigInteger.valueOf(n)).doubleValue() / (n - 1));
        }
    }

    /** The z-score of a total of this reviewer's; 0 when the reviewer has fewer than two sheets or no spread. */
    double z(int reviewer, long points) {
        if (zDivisor[reviewer] == 0) {
            return 0;
        }
        return (Math.multiplyExact(count[reviewer], points) - sum[reviewer]) / zDivisor[reviewer];
    }

    long sheets() {
        long sheets = 0;
        for (long n : count) {
            sheets += n;
        }
        return sheets;
    }

    long sumOfPoints() {
        long total = 0;
        for (long s : sum) {
            total = Math.addExact(total, s);
        }
        return total;
    }

    BigInteger sumOfSquaredPoints() {
        BigInteger total = BigInteger.ZERO;
        for (long q : sumOfSquares) {
            total = total.add(BigInteger.valueOf(q));
        }
        return total;
    }

    /** n × Σx² − (Σx)², which is n × (n − 1) × the sample variance; exact, so that no spread is exactly 0. */
    static BigInteger spread(long n, long sum, BigInteger sumOfSquares) {
        return sumOfSquares
                .multiply(BigInteger.valueOf(n))
                .subtract(BigInteger.valueOf(sum).pow(2));
    }
}

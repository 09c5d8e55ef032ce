package org.seedbed.review.ranking;

/** How the totals of a submission's sheets become one aggregate on the 0..100 scale. */
public enum Method {

    /** The mean of the sheet totals (each total already weighs the criteria). */
    WEIGHTED_MEAN,

    /**
     * The mean after dropping one highest and one lowest total (去掉一个最高分和一个最低分). With fewer than three sheets
     * nothing would be left to average, so it is then the plain mean.
     */
    TRIMMED_MEAN,

    /**
     * The mean of the sheets' z-scores, each taken against its own reviewer's totals over the whole call, so that a
     * harsh and a lenient reviewer weigh alike; shown back on the 0..100 scale as grand mean + mean z × the standard
     * deviation of all totals of the call. A reviewer with fewer than two sheets, or who gave every sheet the same
     * total, contributes z = 0.
     */
    Z_SCORE,

    /** The median of the sheet totals; the mean of the two middle ones when their number is even. */
    MEDIAN
}

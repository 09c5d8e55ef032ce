package org.seedbed.review.boundary;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * One application in the ranking: its rank by the selected method, the four aggregates side by
 * side, the spread of its sheets, each reviewer's total (the score matrix row), and whether the
 * recommendation funds it (or why not).
 */
public record RankingRow(
        int rank,
        long submissionId,
        String receiptNo,
        String title,
        String organizationName,
        String categoryCode,
        BigDecimal requested,
        int sheets,
        BigDecimal weightedMean,
        BigDecimal trimmedMean,
        BigDecimal zScore,
        BigDecimal median,
        BigDecimal standardDeviation,
        BigDecimal range,
        boolean disagreement,
        Map<Long, BigDecimal> totalsByExpert,
        boolean recommended,
        BigDecimal recommendedAmount,
        Set<String> notRecommendedBecause) {}

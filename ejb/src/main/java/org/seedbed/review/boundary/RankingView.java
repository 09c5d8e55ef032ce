package org.seedbed.review.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.seedbed.review.ranking.Method;

/** A call's ranking by one method, with the experts of the score matrix and the recommendation's totals. */
public record RankingView(
        long callId,
        Method method,
        BigDecimal passMark,
        BigDecimal fund,
        BigDecimal recommendedTotal,
        BigDecimal remainingFund,
        String currency,
        Map<Long, String> experts,
        List<RankingRow> rows) {}

package org.seedbed.review.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.seedbed.review.entity.ScoreSheet;

/** A score sheet with its weighted total on the 0–100 scale (null until every criterion is scored). */
public record ScoreSheetView(
        long assignmentId,
        Map<String, Integer> scores,
        ScoreSheet.Recommendation recommendation,
        String comments,
        ScoreSheet.Status status,
        BigDecimal total,
        Instant submittedAt,
        long version) {}

package org.seedbed.review.boundary;

import java.math.BigDecimal;
import org.seedbed.review.entity.ScoreSheet;

/** An application given to the calling expert; the organization is hidden in blind review. */
public record MyReviewView(
        long assignmentId,
        long callId,
        String callTitleZh,
        String callTitleEn,
        long submissionId,
        String title,
        String organizationName,
        String categoryCode,
        ScoreSheet.Status sheetStatus,
        BigDecimal total) {}

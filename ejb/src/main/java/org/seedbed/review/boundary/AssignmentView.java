package org.seedbed.review.boundary;

import org.seedbed.review.entity.ScoreSheet;

/** One expert–application pair on the assignment board, with the state of its score sheet. */
public record AssignmentView(
        long id,
        long expertId,
        String expertName,
        long submissionId,
        String receiptNo,
        String title,
        String categoryCode,
        boolean pinned,
        ScoreSheet.Status sheetStatus) {}

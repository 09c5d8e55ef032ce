package org.seedbed.review.boundary;

import java.time.Instant;
import org.seedbed.review.entity.ScoreSheet;

/** A pitch going on now that the calling expert is due to score, with their sheet's state. */
public record LivePitchView(
        long callId,
        String callTitleZh,
        String callTitleEn,
        long assignmentId,
        String title,
        Instant endsAt,
        ScoreSheet.Status sheetStatus) {}

package org.seedbed.review.boundary;

import java.time.Instant;
import java.util.List;
import org.seedbed.review.entity.Pitch;

/**
 * A pitch on the chair's screen: the application, the timer, who has scored, and the result only
 * once the seal is lifted (every expert due to score it has submitted).
 */
public record PitchView(
        long submissionId,
        String receiptNo,
        String title,
        String organizationName,
        String categoryCode,
        Pitch.Status status,
        int minutes,
        Instant openedAt,
        Instant endsAt,
        List<PitchSeat> seats,
        boolean sealed,
        PitchResult result) {

    public long submittedCount() {
        return seats.stream().filter(PitchSeat::submitted).count();
    }
}

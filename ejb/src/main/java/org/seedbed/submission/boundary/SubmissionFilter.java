package org.seedbed.submission.boundary;

import org.seedbed.submission.entity.SubmissionStatus;

/** Which submissions of a call an officer lists: by status, category, org unit (and below), eligibility. */
public record SubmissionFilter(
        SubmissionStatus status, String categoryCode, Long orgUnitId, Boolean eligible, String text) {

    public static SubmissionFilter none() {
        return new SubmissionFilter(null, null, null, null, null);
    }
}

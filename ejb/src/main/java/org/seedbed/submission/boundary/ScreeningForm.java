package org.seedbed.submission.boundary;

import java.time.LocalDateTime;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * An officer's screening decision: ELIGIBLE, INELIGIBLE (with the reason) or MORE_INFO_REQUESTED
 * (with what is needed and until when, in the city's time).
 */
public record ScreeningForm(SubmissionStatus decision, String note, LocalDateTime reopenUntil, Long version) {}

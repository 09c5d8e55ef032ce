package org.seedbed.submission.entity;

/**
 * Drafted by the applicant, submitted (申报), withdrawn before the deadline, then screened
 * (资格审查): eligible, ineligible with a reason, or more information requested, which reopens
 * the submission for the applicant until a date.
 */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    ELIGIBLE,
    INELIGIBLE,
    MORE_INFO_REQUESTED
}

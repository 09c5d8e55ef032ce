package org.seedbed.review.entity;

/**
 * Why an expert may not review an application. The first six are declared by experts (or added
 * by officers); the last four Seedbed derives from what it holds.
 */
public enum ConflictKind {
    EMPLOYMENT,
    BOARD_SEAT,
    FAMILY,
    MENTORING,
    PAST_FUNDING,
    OTHER,
    /** The expert is a member of the applicant organization. */
    MEMBER,
    /** The expert mentors the organization in an incubator. */
    MENTOR,
    /** The expert's employer is the applicant organization (by name). */
    SAME_EMPLOYER,
    /** The expert is the organization's listed contact (by e-mail or phone). */
    CONTACT
}

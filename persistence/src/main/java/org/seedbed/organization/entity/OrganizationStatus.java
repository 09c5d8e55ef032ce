package org.seedbed.organization.entity;

/**
 * Where a profile stands with the city: drafted by the NGO, submitted for verification, verified
 * by a program officer (then it appears in the public directory), or rejected with a reason.
 */
public enum OrganizationStatus {
    DRAFT,
    SUBMITTED,
    VERIFIED,
    REJECTED
}

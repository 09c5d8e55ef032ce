package org.seedbed.account.entity;

/** What a user may do. Every role but {@link #PLATFORM_ADMIN} is held inside one city. */
public enum Role {
    PLATFORM_ADMIN,
    CITY_ADMIN,
    PROGRAM_OFFICER,
    REVIEWER,
    MENTOR,
    /** A third-party evaluator organization's person: sees only the grants they are assigned to evaluate. */
    EVALUATOR,
    NGO_MEMBER,
    DONOR;

    /** Roles anyone may take by registering themselves. */
    public boolean isSelfService() {
        return this == NGO_MEMBER || this == DONOR;
    }

    /** Roles a city admin may grant inside the city. */
    public boolean isCityRole() {
        return this != PLATFORM_ADMIN;
    }
}

package org.seedbed.organization.entity;

import java.util.Optional;

/**
 * The legal form of a social organization. The three registered kinds carry their kind character
 * of the Unified Social Credit Code (civil affairs authority "5" followed by it); filed community
 * organizations are only recorded by the street office and may have no code.
 */
public enum OrganizationKind {
    SOCIAL_GROUP('1'),
    SOCIAL_SERVICE_AGENCY('2'),
    FOUNDATION('3'),
    COMMUNITY_FILED(null);

    private final Character creditCodeKind;

    OrganizationKind(Character creditCodeKind) {
        this.creditCodeKind = creditCodeKind;
    }

    /** The second character of the code for this kind, if it is a registered kind. */
    public Optional<Character> creditCodeKind() {
        return Optional.ofNullable(creditCodeKind);
    }

    public boolean requiresCreditCode() {
        return creditCodeKind != null;
    }
}

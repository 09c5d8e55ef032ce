package org.seedbed.organization.boundary;

/** An officer's decision on a submitted profile: verified, or rejected with the reason the NGO will read. */
public record ReviewForm(Decision decision, String note, Long version) {

    /** The two outcomes of a review. */
    public enum Decision {
        VERIFY,
        REJECT
    }
}

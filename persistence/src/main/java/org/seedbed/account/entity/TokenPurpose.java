package org.seedbed.account.entity;

import java.time.Duration;

/** What a one-time e-mail link is for, and how long it stays valid. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofDays(3)),
    RESET_PASSWORD(Duration.ofHours(2)),
    /** The first password of an account created by someone else (a new city's first admin). */
    SET_PASSWORD(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}

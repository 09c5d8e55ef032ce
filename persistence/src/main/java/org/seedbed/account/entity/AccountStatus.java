package org.seedbed.account.entity;

/** Self-registered accounts wait for their e-mail address to be verified before they can log in. */
public enum AccountStatus {
    PENDING_VERIFICATION,
    ACTIVE,
    DISABLED
}

package org.seedbed.organization.entity;

/** Owners manage members and confirm on the organization's behalf; editors edit the profile and applications. */
public enum MemberRole {
    OWNER,
    EDITOR
}

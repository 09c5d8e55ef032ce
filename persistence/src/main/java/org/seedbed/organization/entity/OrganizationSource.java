package org.seedbed.organization.entity;

/** How a profile came to be: created by its own members, or imported from the civil-affairs registry. */
public enum OrganizationSource {
    PROFILE,
    IMPORT
}

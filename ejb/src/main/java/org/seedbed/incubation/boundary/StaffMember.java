package org.seedbed.incubation.boundary;

import org.seedbed.incubation.entity.StaffRole;

/** A person on an incubator's staff. */
public record StaffMember(long userId, String username, String displayName, StaffRole role) {}

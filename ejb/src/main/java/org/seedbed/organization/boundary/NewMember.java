package org.seedbed.organization.boundary;

import org.seedbed.organization.entity.MemberRole;

/** Adds a registered user of the city (by username or e-mail) to an organization. */
public record NewMember(String user, MemberRole role) {}

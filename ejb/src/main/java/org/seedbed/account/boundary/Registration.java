package org.seedbed.account.boundary;

import org.seedbed.account.entity.Role;

/** What a person fills in to register themselves as an NGO member or a donor. */
public record Registration(String username, String email, String displayName, String password, Role role) {}

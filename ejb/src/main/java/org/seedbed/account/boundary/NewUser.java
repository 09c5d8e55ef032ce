package org.seedbed.account.boundary;

import java.util.Set;
import org.seedbed.account.entity.Role;

/**
 * An account a city admin creates for someone. Without a password the person receives a link to
 * choose one.
 */
public record NewUser(String username, String email, String displayName, Set<Role> roles, String password) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

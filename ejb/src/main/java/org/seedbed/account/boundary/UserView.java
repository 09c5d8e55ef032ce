package org.seedbed.account.boundary;

import java.time.Instant;
import java.util.Set;
import org.seedbed.account.entity.AccountStatus;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.UserAccount;

/** An account as pages and the API show it; never carries the password hash. */
public record UserView(
        long id,
        String username,
        String email,
        String displayName,
        AccountStatus status,
        Set<Role> roles,
        String locale,
        Instant lastLoginAt,
        Instant createdAt,
        long version) {

    public static UserView of(UserAccount u) {
        return new UserView(
                u.id(),
                u.username(),
                u.email(),
                u.displayName(),
                u.status(),
                u.roles(),
                u.locale().toLanguageTag(),
                u.lastLoginAt(),
                u.createdAt(),
                u.version());
    }
}

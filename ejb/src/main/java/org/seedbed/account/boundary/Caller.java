package org.seedbed.account.boundary;

import java.util.Locale;
import java.util.Set;
import org.seedbed.account.entity.Role;

/** Who is calling, as established by a login or an API token, in which city (or "platform"). */
public record Caller(String city, long userId, String username, String displayName, Set<Role> roles, Locale locale)
        implements java.io.Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }
}

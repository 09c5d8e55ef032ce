package org.seedbed.organization.boundary;

import java.time.Instant;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.organization.entity.Membership;

/** A member of an organization. */
public record MemberView(long userId, String username, String displayName, MemberRole role, Instant addedAt) {

    static MemberView of(Membership m) {
        return new MemberView(m.user().id(), m.user().username(), m.user().displayName(), m.role(), m.addedAt());
    }
}

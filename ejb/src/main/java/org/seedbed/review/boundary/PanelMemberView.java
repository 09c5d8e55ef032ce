package org.seedbed.review.boundary;

import java.time.Instant;
import java.util.Set;
import org.seedbed.review.entity.PanelMember;

/** An expert on a call's panel: invitation state and how many applications they were given. */
public record PanelMemberView(
        long id,
        long expertId,
        String name,
        String employer,
        Set<String> expertise,
        int maxLoad,
        PanelMember.Status status,
        Instant invitedAt,
        Instant answeredAt,
        long assigned) {}

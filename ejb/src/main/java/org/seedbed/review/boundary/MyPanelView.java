package org.seedbed.review.boundary;

import java.time.Instant;
import org.seedbed.review.entity.PanelMember;

/** A panel an expert was invited to, as the expert sees it. */
public record MyPanelView(
        long memberId,
        long callId,
        String callTitleZh,
        String callTitleEn,
        PanelMember.Status status,
        int maxLoad,
        Instant invitedAt,
        Instant answeredAt) {}

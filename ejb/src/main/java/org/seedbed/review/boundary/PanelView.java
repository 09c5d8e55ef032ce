package org.seedbed.review.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.seedbed.review.control.Rubric;

/** A call's review panel with its members and rubric. */
public record PanelView(
        long callId,
        String callTitleZh,
        String callTitleEn,
        int reviewersNeeded,
        Map<String, Integer> reviewersByCategory,
        boolean blind,
        boolean released,
        Instant releasedAt,
        BigDecimal disagreementSd,
        Rubric rubric,
        List<PanelMemberView> members,
        long version) {}

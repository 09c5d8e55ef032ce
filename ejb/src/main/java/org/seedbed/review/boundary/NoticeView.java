package org.seedbed.review.boundary;

import java.time.Instant;
import java.util.List;

/** A call's public notice (公示): the proposed awards, its window, and whether it is final. */
public record NoticeView(
        long callId,
        String callTitleZh,
        String callTitleEn,
        Instant opensAt,
        Instant closesAt,
        boolean open,
        Instant finalizedAt,
        List<DecisionView> awards,
        long openObjections) {}

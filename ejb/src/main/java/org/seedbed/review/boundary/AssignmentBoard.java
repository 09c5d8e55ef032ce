package org.seedbed.review.boundary;

import java.util.List;
import java.util.Map;

/**
 * A call's assignments as officers review them before release: every pair, the review slots left
 * open per application (when caps and conflicts leave too few experts), and each expert's load.
 */
public record AssignmentBoard(
        long callId,
        boolean released,
        int applications,
        List<AssignmentView> assignments,
        Map<Long, Integer> shortfalls,
        Map<Long, Long> loads,
        int conflicts) {}

package org.seedbed.review.boundary;

import java.util.List;

/**
 * The chair's screen for a call's pitch session: the open pitch (or, between pitches, the one
 * heard last, so its result stays up) and the order of the applications still to pitch.
 */
public record PitchBoard(
        long callId,
        String callTitleZh,
        String callTitleEn,
        boolean released,
        PitchView current,
        List<PitchLineupItem> lineup) {}

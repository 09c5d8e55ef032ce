package org.seedbed.review.boundary;

/** An expert due to score the pitch, and whether their sheet is in (never what it says). */
public record PitchSeat(String expertName, boolean submitted) {}

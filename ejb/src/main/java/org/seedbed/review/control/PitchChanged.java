package org.seedbed.review.control;

/** A live pitch of a city's call changed: opened, closed, or one more sheet submitted. */
public record PitchChanged(String city, long callId) {}

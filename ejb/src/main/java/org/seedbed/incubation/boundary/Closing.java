package org.seedbed.incubation.boundary;

/** A reason or note that goes with a decision: declining, graduating, exiting. */
public record Closing(String note, Long version) {}

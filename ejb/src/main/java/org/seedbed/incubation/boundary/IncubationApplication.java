package org.seedbed.incubation.boundary;

/** An organization's application to enter an incubator (入园申请): why, and what it needs. */
public record IncubationApplication(Long organizationId, Long incubatorId, String motivation, String needs) {}

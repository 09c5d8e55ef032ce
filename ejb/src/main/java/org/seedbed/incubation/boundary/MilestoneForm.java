package org.seedbed.incubation.boundary;

import java.time.LocalDate;

/** A milestone to plan. */
public record MilestoneForm(String title, LocalDate dueOn) {}

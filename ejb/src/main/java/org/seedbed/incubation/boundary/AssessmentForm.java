package org.seedbed.incubation.boundary;

import java.time.LocalDate;
import java.util.Map;
import org.seedbed.incubation.entity.AssessmentKind;

/** A capacity assessment: a score from 0 to 100 for every active dimension, by dimension code. */
public record AssessmentForm(AssessmentKind kind, LocalDate assessedOn, Map<String, Integer> scores, String comment) {}

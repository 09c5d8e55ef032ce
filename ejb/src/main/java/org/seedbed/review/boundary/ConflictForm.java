package org.seedbed.review.boundary;

import org.seedbed.review.entity.ConflictKind;

/** A conflict declared by an expert or added by an officer. */
public record ConflictForm(Long expertId, Long submissionId, ConflictKind kind, String reason) {}

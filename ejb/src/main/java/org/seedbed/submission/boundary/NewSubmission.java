package org.seedbed.submission.boundary;

/** Starts a submission of one of the caller's organizations to a call. */
public record NewSubmission(Long callId, Long organizationId, String title) {}

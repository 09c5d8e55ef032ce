package org.seedbed.review.boundary;

/** An objection to a public notice: who objects, how to reach them, about which award (optional), and why. */
public record ObjectionForm(Long submissionId, String name, String contact, String text) {}

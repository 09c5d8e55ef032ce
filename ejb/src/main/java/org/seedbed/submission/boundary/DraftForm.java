package org.seedbed.submission.boundary;

/**
 * What an applicant saves: title, category and the answers (a JSON object keyed by question),
 * with the version they edited, so that a co-applicant's newer save is never overwritten.
 */
public record DraftForm(String title, String categoryCode, jakarta.json.JsonObject answers, Long version) {}

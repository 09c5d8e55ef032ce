package org.seedbed.submission.boundary;

/** An officer's invitation to a full proposal after a letter of intent, with an optional note, and the version read. */
public record InvitationForm(String note, Long version) {}

package org.seedbed.campaign.control;

/** A change of a sandbox payment to announce, after commit, as a signed event to the webhook handler. */
public record SandboxEventDue(String type, String objectType, String objectId, long donationId) {}

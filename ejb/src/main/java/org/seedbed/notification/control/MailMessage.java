package org.seedbed.notification.control;

/** A plain-text e-mail ready to leave. */
public record MailMessage(String to, String subject, String body) {}

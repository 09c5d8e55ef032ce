/**
 * Outgoing mail through Jakarta Mail: written to an outbox folder by default, sent through the
 * server's SMTP session when a relay is configured. Mail leaves only after the transaction that
 * asked for it commits.
 */
package org.seedbed.notification;

/**
 * The city admin's audit log page: verifying the hash chain, the latest entries filtered by action,
 * subject, person or text with their states before and after, and the downloads of the whole trail.
 */
package org.seedbed.audit.faces;

/**
 * Problems the user caused and can fix: invalid input, something not found in their city, a
 * conflicting change. Each carries a message key so that pages and the API explain it in the
 * caller's language; the web module maps them to RFC 9457 problem details.
 */
package org.seedbed.problem;

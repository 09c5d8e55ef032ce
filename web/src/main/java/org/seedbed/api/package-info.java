/**
 * The JSON API under {@code /api/v1} (and {@code /c/{city}/api/v1} for a city): resources hold no
 * business logic, errors are RFC 9457 problem details in the caller's language.
 */
package org.seedbed.api;

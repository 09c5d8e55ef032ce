package org.seedbed.api;

import org.seedbed.problem.InvalidInputException;

/** Reads a {@code limit} query parameter: a clear 400 for a non-number, not the 404 JAX-RS gives. */
final class Limits {

    private Limits() {}

    static int parse(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1 || limit > 500) {
                throw InvalidInputException.of("limit", "problem.limit.range", 500);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("limit", "problem.limit.range", 500);
        }
    }
}

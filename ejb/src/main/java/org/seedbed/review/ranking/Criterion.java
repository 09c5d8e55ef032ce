package org.seedbed.review.ranking;

import java.util.Objects;

/**
 * One weighted criterion of a rubric and the integer scale reviewers score it on, for example 0..10 or 1..5.
 *
 * @param code the criterion's code, as the score sheets name it
 * @param weight its weight, relative to the other criteria's
 * @param min the lowest score on its scale
 * @param max the highest score on its scale
 */
public record Criterion(String code, int weight, int min, int max) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a code");
        }
        if (weight <= 0) {
            throw new IllegalArgumentException("criterion " + code + " has weight " + weight + "; it must be positive");
        }
        if (max <= min) {
            throw new IllegalArgumentException("criterion " + code + " has the scale " + min + ".." + max
                    + "; its maximum must exceed its minimum");
        }
    }
}

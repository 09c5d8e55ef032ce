package org.seedbed.review.assignment;

import java.util.Set;

/**
 * An expert who may review submissions of the call.
 *
 * @param id the expert's id
 * @param maxLoad the most submissions the expert reviews in this call, pinned ones included
 * @param expertise the areas the expert knows, in the same vocabulary as {@link Reviewable#topics()}
 */
public record Reviewer(long id, int maxLoad, Set<String> expertise) {

    public Reviewer {
        if (maxLoad < 0) {
            throw new IllegalArgumentException(
                    "reviewer " + id + " has a maximum load of " + maxLoad + "; it cannot be negative");
        }
        expertise = Set.copyOf(expertise);
    }
}

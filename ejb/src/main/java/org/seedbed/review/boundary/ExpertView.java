package org.seedbed.review.boundary;

import java.util.Set;

/** An expert of the city's pool. */
public record ExpertView(
        long id,
        long userId,
        String username,
        String name,
        String email,
        String employer,
        Long orgUnitId,
        Set<String> expertise,
        String phone,
        int maxLoad,
        boolean available,
        long version) {}

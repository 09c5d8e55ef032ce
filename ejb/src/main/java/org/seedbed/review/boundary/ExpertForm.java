package org.seedbed.review.boundary;

import java.util.List;

/** An expert of the pool as officers describe them; {@code username} names the person's account. */
public record ExpertForm(
        String username,
        String employer,
        Long orgUnitId,
        List<String> expertise,
        String phone,
        Integer maxLoad,
        Boolean available,
        Long version) {}

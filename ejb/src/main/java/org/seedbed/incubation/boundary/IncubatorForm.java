package org.seedbed.incubation.boundary;

import java.util.Set;
import org.seedbed.incubation.entity.IncubationService;

/** An incubator base as officers describe it. */
public record IncubatorForm(
        String nameZh,
        String nameEn,
        Long orgUnitId,
        String address,
        Integer areaSqm,
        Integer workstations,
        Set<IncubationService> services,
        String description,
        Boolean active,
        Long version) {}

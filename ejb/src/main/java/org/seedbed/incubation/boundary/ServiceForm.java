package org.seedbed.incubation.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.seedbed.incubation.entity.IncubationService;

/** A service given to an incubatee. */
public record ServiceForm(IncubationService service, LocalDate providedOn, BigDecimal hours, String note) {}

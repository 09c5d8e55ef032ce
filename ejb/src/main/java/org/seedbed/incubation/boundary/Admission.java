package org.seedbed.incubation.boundary;

import java.time.LocalDate;

/** The incubation agreement: its period, the mentor, the workstation (optional) and a note. */
public record Admission(
        LocalDate agreementStart,
        LocalDate agreementEnd,
        Long mentorId,
        String workstation,
        String note,
        Long version) {}

package org.seedbed.incubation.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.seedbed.incubation.entity.Incubation;
import org.seedbed.incubation.entity.IncubationStatus;

/** An incubation as lists show it; {@code latestOverall} is the mean score of the latest assessment. */
public record IncubationView(
        long id,
        long organizationId,
        String organizationNameZh,
        String organizationNameEn,
        long incubatorId,
        String incubatorNameZh,
        String incubatorNameEn,
        IncubationStatus status,
        Instant appliedAt,
        LocalDate agreementStart,
        LocalDate agreementEnd,
        Long mentorId,
        String mentorName,
        String workstation,
        Double latestOverall,
        int assessments,
        Instant closedAt,
        long version) {

    public static IncubationView of(Incubation i) {
        var latest = i.assessments().isEmpty()
                ? null
                : i.assessments().get(i.assessments().size() - 1);
        return new IncubationView(
                i.id(),
                i.organization().id(),
                i.organization().nameZh(),
                i.organization().nameEn(),
                i.incubator().id(),
                i.incubator().nameZh(),
                i.incubator().nameEn(),
                i.status(),
                i.appliedAt(),
                i.agreementStart(),
                i.agreementEnd(),
                i.mentor() == null ? null : i.mentor().id(),
                i.mentor() == null ? null : i.mentor().displayName(),
                i.workstation(),
                latest == null ? null : latest.overall(),
                i.assessments().size(),
                i.closedAt(),
                i.version());
    }

    public String organizationName(Locale language) {
        return "zh".equals(language.getLanguage()) || organizationNameEn == null || organizationNameEn.isBlank()
                ? organizationNameZh
                : organizationNameEn;
    }

    public String incubatorName(Locale language) {
        return "zh".equals(language.getLanguage()) || incubatorNameEn == null || incubatorNameEn.isBlank()
                ? incubatorNameZh
                : incubatorNameEn;
    }
}

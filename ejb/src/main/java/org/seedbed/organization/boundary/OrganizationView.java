package org.seedbed.organization.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationSource;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.organization.entity.ServiceArea;

/**
 * An organization's profile as its members and the city's staff see it; {@link #publicPart()}
 * is what the public directory shows. {@code myRole} is the caller's role in it, if any.
 */
public record OrganizationView(
        long id,
        String nameZh,
        String nameEn,
        OrganizationKind kind,
        RegistrationStatus registration,
        String authority,
        String creditCode,
        LocalDate foundedOn,
        Long orgUnitId,
        String orgUnitNameZh,
        String orgUnitNameEn,
        List<ServiceArea> serviceAreas,
        int staff,
        int socialWorkers,
        int volunteers,
        BigDecimal annualIncome,
        String currency,
        String contactName,
        String contactPhone,
        String contactEmail,
        String address,
        String description,
        OrganizationStatus status,
        String reviewNote,
        Instant reviewedAt,
        Instant submittedAt,
        OrganizationSource source,
        Instant createdAt,
        Instant updatedAt,
        long version,
        MemberRole myRole) {

    public static OrganizationView of(Organization o, MemberRole myRole) {
        return new OrganizationView(
                o.id(),
                o.nameZh(),
                o.nameEn(),
                o.kind(),
                o.registration(),
                o.authority(),
                o.creditCode(),
                o.foundedOn(),
                o.orgUnit().id(),
                o.orgUnit().nameZh(),
                o.orgUnit().nameEn(),
                o.serviceAreas().stream().sorted().toList(),
                o.staff(),
                o.socialWorkers(),
                o.volunteers(),
                o.annualIncome() == null ? null : o.annualIncome().major(),
                o.annualIncome() == null ? null : o.annualIncome().currency().getCurrencyCode(),
                o.contactName(),
                o.contactPhone(),
                o.contactEmail(),
                o.address(),
                o.description(),
                o.status(),
                o.reviewNote(),
                o.reviewedAt(),
                o.submittedAt(),
                o.source(),
                o.createdAt(),
                o.updatedAt(),
                o.version(),
                myRole);
    }

    /** Without contacts, income and the city's review notes: what anyone may read of a verified profile. */
    public OrganizationView publicPart() {
        return new OrganizationView(
                id,
                nameZh,
                nameEn,
                kind,
                registration,
                authority,
                creditCode,
                foundedOn,
                orgUnitId,
                orgUnitNameZh,
                orgUnitNameEn,
                serviceAreas,
                staff,
                socialWorkers,
                volunteers,
                null,
                null,
                null,
                null,
                null,
                address,
                description,
                status,
                null,
                reviewedAt,
                null,
                source,
                createdAt,
                updatedAt,
                version,
                null);
    }

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public String orgUnitName(Locale language) {
        return "zh".equals(language.getLanguage()) || orgUnitNameEn == null || orgUnitNameEn.isBlank()
                ? orgUnitNameZh
                : orgUnitNameEn;
    }

    public boolean editable() {
        return myRole != null;
    }

    public boolean submittable() {
        return myRole != null && (status == OrganizationStatus.DRAFT || status == OrganizationStatus.REJECTED);
    }
}

package org.seedbed.organization.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.organization.entity.ServiceArea;

/**
 * A profile as members edit it. The annual income is in major units (yuan); {@code version} is
 * the version the editor started from, so that co-editors do not overwrite each other.
 */
public record OrganizationForm(
        String nameZh,
        String nameEn,
        OrganizationKind kind,
        RegistrationStatus registration,
        String authority,
        String creditCode,
        LocalDate foundedOn,
        Long orgUnitId,
        Set<ServiceArea> serviceAreas,
        Integer staff,
        Integer socialWorkers,
        Integer volunteers,
        BigDecimal annualIncome,
        String contactName,
        String contactPhone,
        String contactEmail,
        String address,
        String description,
        Long version) {}

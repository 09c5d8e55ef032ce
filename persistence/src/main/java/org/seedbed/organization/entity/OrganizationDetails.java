package org.seedbed.organization.entity;

import java.time.LocalDate;
import java.util.Set;
import org.seedbed.money.Money;
import org.seedbed.orgunit.entity.OrgUnit;

/** Everything about an organization its members may edit, checked before it gets here. */
public record OrganizationDetails(
        String nameZh,
        String nameEn,
        OrganizationKind kind,
        RegistrationStatus registration,
        String authority,
        String creditCode,
        LocalDate foundedOn,
        OrgUnit orgUnit,
        Set<ServiceArea> serviceAreas,
        int staff,
        int socialWorkers,
        int volunteers,
        Money annualIncome,
        String contactName,
        String contactPhone,
        String contactEmail,
        String address,
        String description) {

    public OrganizationDetails {
        serviceAreas = serviceAreas == null ? Set.of() : Set.copyOf(serviceAreas);
    }
}

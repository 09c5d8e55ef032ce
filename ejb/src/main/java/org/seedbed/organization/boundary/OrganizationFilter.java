package org.seedbed.organization.boundary;

import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.ServiceArea;

/**
 * Which organizations a list shows: free text (names, code), kind, status, service area and org
 * unit (with everything below it); {@code page} counts from 0.
 */
public record OrganizationFilter(
        String text,
        OrganizationKind kind,
        OrganizationStatus status,
        ServiceArea area,
        Long orgUnitId,
        int page,
        int size) {

    public static OrganizationFilter firstPage(int size) {
        return new OrganizationFilter(null, null, null, null, null, 0, size);
    }

    public OrganizationFilter withStatus(OrganizationStatus newStatus) {
        return new OrganizationFilter(text, kind, newStatus, area, orgUnitId, page, size);
    }

    public OrganizationFilter all() {
        return new OrganizationFilter(text, kind, status, area, orgUnitId, 0, Integer.MAX_VALUE);
    }
}

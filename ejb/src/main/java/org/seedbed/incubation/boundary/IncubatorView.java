package org.seedbed.incubation.boundary;

import java.util.List;
import java.util.Locale;
import org.seedbed.incubation.entity.IncubationService;
import org.seedbed.orgunit.entity.OrgUnitLevel;

/**
 * An incubator with its tier (the level of its org unit: district park, street or community base),
 * how many workstations are taken and how many organizations it incubates now.
 */
public record IncubatorView(
        long id,
        String nameZh,
        String nameEn,
        long orgUnitId,
        String orgUnitNameZh,
        String orgUnitNameEn,
        OrgUnitLevel tier,
        String address,
        Integer areaSqm,
        int workstations,
        long workstationsTaken,
        long incubating,
        long graduated,
        List<IncubationService> services,
        String description,
        boolean active,
        List<StaffMember> staff,
        long version) {

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public String orgUnitName(Locale language) {
        return "zh".equals(language.getLanguage()) || orgUnitNameEn == null || orgUnitNameEn.isBlank()
                ? orgUnitNameZh
                : orgUnitNameEn;
    }

    public long workstationsFree() {
        return Math.max(0, workstations - workstationsTaken);
    }
}

package org.seedbed.orgunit.boundary;

import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.orgunit.entity.OrgUnitLevel;

/** An org unit as pages and the API show it. */
public record OrgUnitView(
        long id,
        Long parentId,
        OrgUnitLevel level,
        String nameZh,
        String nameEn,
        String code,
        int sortOrder,
        long version) {

    public static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(
                u.id(), u.parentId(), u.level(), u.nameZh(), u.nameEn(), u.code(), u.sortOrder(), u.version());
    }
}

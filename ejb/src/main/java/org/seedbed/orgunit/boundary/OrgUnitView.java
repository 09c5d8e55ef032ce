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

    /** The name in {@code language}: English when asked for and known, Chinese otherwise. */
    public String name(java.util.Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(
                u.id(), u.parentId(), u.level(), u.nameZh(), u.nameEn(), u.code(), u.sortOrder(), u.version());
    }
}

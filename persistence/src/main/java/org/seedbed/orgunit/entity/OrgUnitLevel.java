package org.seedbed.orgunit.entity;

import java.util.Optional;

/** Levels of the administrative tree, top-down; each level's children are of the next level. */
public enum OrgUnitLevel {
    CITY,
    DISTRICT,
    STREET,
    COMMUNITY;

    public Optional<OrgUnitLevel> childLevel() {
        return this == COMMUNITY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Level of a unit at {@code depth} below the city (1 = district). */
    public static Optional<OrgUnitLevel> atDepth(int depth) {
        return depth < 0 || depth >= values().length ? Optional.empty() : Optional.of(values()[depth]);
    }
}

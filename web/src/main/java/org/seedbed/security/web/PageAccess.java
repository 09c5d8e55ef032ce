package org.seedbed.security.web;

import java.util.Optional;

/**
 * Which pages need which role, by path inside the application (after any {@code /c/{city}}
 * prefix). The API is guarded by its resources' {@code @RolesAllowed} instead.
 */
public final class PageAccess {

    /** What a path requires. */
    public enum Requirement {
        NONE,
        SIGNED_IN,
        PLATFORM_ADMIN,
        CITY_ADMIN
    }

    private PageAccess() {}

    public static Requirement of(String innerPath, boolean inCity) {
        if (innerPath.startsWith("/platform/")) {
            return Requirement.PLATFORM_ADMIN;
        }
        if (innerPath.startsWith("/admin/")) {
            return inCity ? Requirement.CITY_ADMIN : Requirement.PLATFORM_ADMIN;
        }
        if (innerPath.startsWith("/account/") || innerPath.equals("/dashboard.xhtml")) {
            return Requirement.SIGNED_IN;
        }
        return Requirement.NONE;
    }

    /** The role a requirement names, if it names one. */
    public static Optional<String> role(Requirement requirement) {
        return switch (requirement) {
            case PLATFORM_ADMIN -> Optional.of("PLATFORM_ADMIN");
            case CITY_ADMIN -> Optional.of("CITY_ADMIN");
            default -> Optional.empty();
        };
    }
}

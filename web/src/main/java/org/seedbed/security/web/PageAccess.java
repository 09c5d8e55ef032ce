package org.seedbed.security.web;

import java.util.Set;

/**
 * Which pages need which role, by path inside the application (after any {@code /c/{city}}
 * prefix). Folders name their audience: {@code /ngo/} NGO members, {@code /staff/} program
 * officers and city admins, {@code /mentor/} mentors (and officers), {@code /reviewer/} experts,
 * {@code /evaluator/} third-party evaluators of grants (and officers, who evaluate when no evaluator
 * is named), {@code /admin/} the city admin,
 * {@code /account/} and {@code /work/} anyone signed in. The API is guarded by its resources'
 * {@code @RolesAllowed} instead, and use cases check who may see which record.
 */
public final class PageAccess {

    /** What a path requires. */
    public enum Requirement {
        NONE,
        SIGNED_IN,
        PLATFORM_ADMIN,
        CITY_ADMIN,
        NGO_MEMBER,
        STAFF,
        MENTOR,
        REVIEWER,
        EVALUATOR
    }

    private PageAccess() {}

    public static Requirement of(String innerPath, boolean inCity) {
        if (innerPath.startsWith("/platform/")) {
            return Requirement.PLATFORM_ADMIN;
        }
        if (innerPath.startsWith("/admin/")) {
            return inCity ? Requirement.CITY_ADMIN : Requirement.PLATFORM_ADMIN;
        }
        if (innerPath.startsWith("/ngo/")) {
            return Requirement.NGO_MEMBER;
        }
        if (innerPath.startsWith("/staff/")) {
            return Requirement.STAFF;
        }
        if (innerPath.startsWith("/mentor/")) {
            return Requirement.MENTOR;
        }
        if (innerPath.startsWith("/reviewer/")) {
            return Requirement.REVIEWER;
        }
        if (innerPath.startsWith("/evaluator/")) {
            return Requirement.EVALUATOR;
        }
        if (innerPath.startsWith("/account/")
                || innerPath.startsWith("/work/")
                || innerPath.equals("/dashboard.xhtml")) {
            return Requirement.SIGNED_IN;
        }
        return Requirement.NONE;
    }

    /** The roles a requirement accepts (any one of them); empty when any signed-in person will do. */
    public static Set<String> roles(Requirement requirement) {
        return switch (requirement) {
            case PLATFORM_ADMIN -> Set.of("PLATFORM_ADMIN");
            case CITY_ADMIN -> Set.of("CITY_ADMIN");
            case NGO_MEMBER -> Set.of("NGO_MEMBER");
            case STAFF -> Set.of("PROGRAM_OFFICER", "CITY_ADMIN");
            case MENTOR -> Set.of("MENTOR", "PROGRAM_OFFICER");
            case REVIEWER -> Set.of("REVIEWER");
            case EVALUATOR -> Set.of("EVALUATOR", "PROGRAM_OFFICER", "CITY_ADMIN");
            default -> Set.of();
        };
    }
}

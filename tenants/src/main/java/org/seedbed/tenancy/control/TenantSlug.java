package org.seedbed.tenancy.control;

import java.util.regex.Pattern;

/**
 * City slugs ({@code hefei}, {@code ma-anshan}) name a city in URLs and decide its schema name.
 * Only this shape is accepted, so a slug is always safe to use as a PostgreSQL identifier.
 */
public final class TenantSlug {

    /** The pseudo-tenant for platform-level work: the tenant registry and platform admins. */
    public static final String PLATFORM = "platform";

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,29}");

    private TenantSlug() {}

    public static boolean isWellFormed(String slug) {
        return slug != null && SHAPE.matcher(slug).matches() && !slug.endsWith("-") && !PLATFORM.equals(slug);
    }

    /** The schema holding a city's data: {@code city_} plus the slug with dashes as underscores. */
    public static String schemaOf(String slug) {
        if (PLATFORM.equals(slug)) {
            return PLATFORM;
        }
        if (!isWellFormed(slug)) {
            throw new IllegalArgumentException("not a city slug: " + slug);
        }
        return "city_" + slug.replace('-', '_');
    }
}

package org.seedbed.tenancy.control;

import java.util.Optional;

/**
 * How a request addresses a city: by a host name configured for the city, or by the path prefix
 * {@code /c/{city}/}. Pure: it reads only the host, the path and a lookup of known cities.
 */
public final class TenantRequest {

    public static final String PATH_PREFIX = "/c/";

    /** Where the request points. {@code city} is empty for the platform site. */
    public record Target(Optional<String> city, boolean unknownCity, String innerPath, String urlPrefix) {

        static Target platform(String path) {
            return new Target(Optional.empty(), false, path, "");
        }

        static Target unknown(String path) {
            return new Target(Optional.empty(), true, path, "");
        }
    }

    /** What the resolution needs to know about cities. */
    public interface CityLookup {
        Optional<String> cityOfHost(String hostName);

        boolean isActiveCity(String slug);
    }

    private TenantRequest() {}

    /**
     * @param host the Host header (a port is ignored), may be null
     * @param path the path inside the application, starting with "/"
     */
    public static Target resolve(String host, String path, CityLookup cities) {
        String safePath = path == null || path.isEmpty() ? "/" : path;
        if (safePath.startsWith(PATH_PREFIX)) {
            int end = safePath.indexOf('/', PATH_PREFIX.length());
            String slug =
                    end < 0 ? safePath.substring(PATH_PREFIX.length()) : safePath.substring(PATH_PREFIX.length(), end);
            String inner = end < 0 ? "/" : safePath.substring(end);
            if (!TenantSlug.isWellFormed(slug) || !cities.isActiveCity(slug)) {
                return Target.unknown(safePath);
            }
            return new Target(Optional.of(slug), false, inner, PATH_PREFIX + slug);
        }
        Optional<String> byHost = host == null ? Optional.empty() : cities.cityOfHost(hostWithoutPort(host));
        return byHost.map(slug -> new Target(Optional.of(slug), false, safePath, ""))
                .orElseGet(() -> Target.platform(safePath));
    }

    static String hostWithoutPort(String host) {
        String lower = host.trim().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("[")) {
            return lower; // IPv6 literal: never a configured city host
        }
        int colon = lower.indexOf(':');
        return colon < 0 ? lower : lower.substring(0, colon);
    }
}

package org.seedbed.account.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal access tokens read {@code sbd_<city>_<secret>} ({@code sbd_platform_…} for platform
 * admins). The city in the token lets a request in another city be refused as "not found" without
 * a database lookup, and lets secret scanners recognise a leaked token.
 */
public final class ApiTokenFormat {

    private static final Pattern SHAPE = Pattern.compile("sbd_([a-z][a-z0-9-]{1,29})_([A-Za-z0-9_-]{43})");

    private ApiTokenFormat() {}

    public record Parsed(String city, String secret) {}

    public static String format(String city, String secret) {
        return "sbd_" + city + "_" + secret;
    }

    public static Optional<Parsed> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(token.trim());
        return matcher.matches() ? Optional.of(new Parsed(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** What lists show of a token: enough to recognise it, too little to use it. */
    public static String displayPrefix(String token) {
        Parsed parsed = parse(token).orElseThrow(() -> new IllegalArgumentException("not a token"));
        return format(parsed.city(), parsed.secret().substring(0, 6)) + "…";
    }
}

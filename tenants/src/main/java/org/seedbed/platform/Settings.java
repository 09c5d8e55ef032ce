package org.seedbed.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Installation settings. Each is read from an environment variable ({@code SEEDBED_DATA_DIR}) or,
 * when that is absent, from the system property of the same name in lower case with dots
 * ({@code seedbed.data.dir}), so tests and the launcher can set them either way.
 */
public final class Settings {

    private Settings() {}

    public static Optional<String> value(String envName) {
        String env = System.getenv(envName);
        if (env != null && !env.isBlank()) {
            return Optional.of(env.trim());
        }
        String property =
                System.getProperty(envName.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        return property == null || property.isBlank() ? Optional.empty() : Optional.of(property.trim());
    }

    /** Where files live: mail outbox, documents, exports of retired cities. */
    public static Path dataDir() {
        return value("SEEDBED_DATA_DIR")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "seedbed"));
    }

    /** The address people reach this installation at, used in links sent by e-mail. */
    public static String publicUrl() {
        String url = value("SEEDBED_PUBLIC_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Mail goes through the server's SMTP session only when a relay is configured. */
    public static boolean smtpConfigured() {
        return value("SEEDBED_SMTP_HOST").isPresent();
    }

    /** The demo command seeds five cities; nothing else ever does. */
    public static boolean demoData() {
        return value("SEEDBED_DEMO").map(Boolean::parseBoolean).orElse(false);
    }

    /** Password of the first platform admin, created at first start if no platform admin exists. */
    public static Optional<String> initialAdminPassword() {
        return value("SEEDBED_ADMIN_PASSWORD");
    }
}

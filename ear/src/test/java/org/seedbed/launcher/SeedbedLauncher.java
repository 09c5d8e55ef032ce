package org.seedbed.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Starts everything for the demo and waits until it is stopped (Ctrl+C). Arguments: the provisioned
 * server folder, the EAR, the data folder.
 */
public final class SeedbedLauncher {

    private static final System.Logger LOG = System.getLogger(SeedbedLauncher.class.getName());

    private static final String DEMO_PASSWORD = "seedbed-demo-2026";
    private static final String URL = "http://localhost:8080";

    private SeedbedLauncher() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path server = Path.of(args[0]);
        Path ear = Path.of(args[1]);
        Path data = Files.createDirectories(Path.of(args[2]));

        DatabaseChoice database = DatabaseChoice.choose(data);
        DatabaseChoice.Connection db = database.connection();
        Path deployments = server.resolve("standalone/deployments");
        try (var stale = Files.list(deployments)) {
            stale.filter(p -> p.getFileName().toString().startsWith("seedbed.ear"))
                    .forEach(SeedbedLauncher::delete);
        }
        Files.copy(ear, deployments.resolve("seedbed.ear"), StandardCopyOption.REPLACE_EXISTING);

        ProcessBuilder builder =
                new ProcessBuilder(server.resolve("bin/standalone.sh").toString()).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("SEEDBED_DB_URL", db.url());
        env.put("SEEDBED_DB_USER", db.user());
        env.put("SEEDBED_DB_PASSWORD", db.password());
        env.put("SEEDBED_DEMO", "true");
        env.putIfAbsent("SEEDBED_DATA_DIR", data.resolve("seedbed").toString());
        env.putIfAbsent("SEEDBED_ADMIN_PASSWORD", DEMO_PASSWORD);
        // WildFly's own default is a 512 MB heap; the embedded search index wants more room.
        env.putIfAbsent("JBOSS_JAVA_SIZING", "-Xms1g -Xmx2g");
        Process wildfly = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wildfly.descendants().forEach(ProcessHandle::destroy);
            wildfly.destroy();
            try {
                database.close();
            } catch (IOException e) {
                // Stopping anyway; the embedded server's data folder stays consistent.
            }
        }));

        if (!waitUntilReady(wildfly)) {
            LOG.log(System.Logger.Level.ERROR, "Seedbed did not start; see the server log above.");
            System.exit(1);
        }
        banner(db, (System.nanoTime() - started) / 1_000_000);
        System.exit(wildfly.waitFor());
    }

    private static boolean waitUntilReady(Process wildfly) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && wildfly.isAlive()) {
            try {
                HttpResponse<Void> cities = client.send(
                        HttpRequest.newBuilder(URI.create(URL + "/c/ningbo/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (cities.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void banner(DatabaseChoice.Connection db, long millis) {
        String line = "=".repeat(78);
        StringBuilder text = new StringBuilder()
                .append('\n')
                .append(line)
                .append('\n')
                .append(" Seedbed is running at ")
                .append(URL)
                .append("   (ready in ")
                .append(millis / 1000.0)
                .append(" s)\n")
                .append(" Database: ")
                .append(db.description())
                .append('\n')
                .append(line)
                .append('\n')
                .append(" Cities:  ")
                .append(URL)
                .append("/c/suzhou/  /c/changsha/  /c/hefei/  /c/chengdu/  /c/ningbo/\n")
                .append(
                        "          (or http://hefei.localhost:8080/ and the like: each city also answers on its host name)\n")
                .append(" Logins (password for all: ")
                .append(DEMO_PASSWORD)
                .append("):\n")
                .append("   platform admin  platform-admin   at ")
                .append(URL)
                .append("/login.xhtml\n")
                .append("   in every city   admin (city admin), officer (program officer), reviewer,\n")
                .append("                   mentor, ngo (NGO member), donor   at ")
                .append(URL)
                .append("/c/<city>/login.xhtml\n")
                .append(" API:     ")
                .append(URL)
                .append("/api/openapi.json   health: ")
                .append(URL)
                .append("/api/v1/health\n")
                .append(" Mail:    written to the outbox folder under data/seedbed/outbox\n")
                .append(" Stop:    Ctrl+C\n")
                .append(line)
                .append('\n');
        LOG.log(System.Logger.Level.INFO, text);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.seedbed.benchmark;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Creates cities through the platform API and prints how long provisioning took: as measured by
 * the server (schema, migrations, root unit, first admin) and end to end over HTTP. Then retires
 * them again (export + drop). Arguments: base URL, platform admin password, number of cities.
 */
public final class ProvisioningBenchmark {

    private static final System.Logger LOG = System.getLogger(ProvisioningBenchmark.class.getName());

    private ProvisioningBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String password = args.length > 1 ? args[1] : "seedbed-demo-2026";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String auth = "Basic "
                + Base64.getEncoder().encodeToString(("platform-admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Long> server = new ArrayList<>();
        List<Long> http = new ArrayList<>();
        List<Long> retire = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String slug = "bench-" + run + "-" + i;
            String body =
                    """
                    {"slug":"%s","nameZh":"基准市%d","nameEn":"Bench %d","adminUsername":"admin",
                     "adminEmail":"admin@%s.bench","adminPassword":"bench-keeper-2026"}"""
                            .formatted(slug, i, i, slug);
            long started = System.nanoTime();
            HttpResponse<String> created = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/cities"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            http.add((System.nanoTime() - started) / 1_000_000);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating " + slug + " failed: " + created.body());
            }
            try (var reader = jakarta.json.Json.createReader(new StringReader(created.body()))) {
                server.add(
                        reader.readObject().getJsonNumber("provisioningMillis").longValue());
            }
            long retireStarted = System.nanoTime();
            client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/cities/" + slug + "/retirement"))
                            .header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            retire.add((System.nanoTime() - retireStarted) / 1_000_000);
        }
        LOG.log(System.Logger.Level.INFO, String.format("provisioning %d cities against %s", count, base));
        print("provisioning, server-side (ms)", server);
        print("provisioning, HTTP round trip (ms)", http);
        print("retirement: export + drop, HTTP (ms)", retire);
    }

    private static void print(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "%-40s min %5d  median %5d  p90 %5d  max %5d",
                        what,
                        sorted.get(0),
                        sorted.get(sorted.size() / 2),
                        sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                        sorted.get(sorted.size() - 1)));
    }
}

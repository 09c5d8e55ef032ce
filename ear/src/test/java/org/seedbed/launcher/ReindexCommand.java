package org.seedbed.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reindexes the search documents of some or all cities of a running Seedbed through the platform
 * API ({@code mvn -Preindex}) and follows the job: one progress line a second, then each city's
 * result. Arguments: base URL, platform admin password, comma-separated city slugs or {@code all}.
 * When one of the cities is being reindexed already, that job is followed instead. A failed job
 * fails the command (non-zero exit).
 */
public final class ReindexCommand {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String api;
    private final String authorization;
    // A command-line tool: its progress is its output.
    private final PrintStream out = System.out;

    private ReindexCommand(String base, String password) {
        this.api = base.replaceAll("/+$", "") + "/api/v1/platform/search-index";
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString(("platform-admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String password = args.length > 1 ? args[1] : "seedbed-demo-2026";
        List<String> cities = cities(args.length > 2 ? args[2] : "all");
        new ReindexCommand(base, password).run(cities);
    }

    /** {@code all} or nothing means every active city; otherwise the listed slugs. */
    static List<String> cities(String argument) {
        if (argument == null || argument.isBlank() || argument.trim().equalsIgnoreCase("all")) {
            return List.of();
        }
        return Arrays.stream(argument.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private void run(List<String> cities) throws Exception {
        JsonObject job = start(cities);
        String id = job.getString("id");
        out.println(progress(job));
        while (!job.getBoolean("finished")) {
            Thread.sleep(POLL.toMillis());
            job = get(api + "/jobs/" + id);
            out.println(progress(job));
        }
        for (JsonValue done : job.getJsonArray("done")) {
            JsonObject city = done.asJsonObject();
            out.println(ReindexLines.cityResult(
                    city.getString("city"),
                    city.getJsonNumber("documents").longValue(),
                    city.getJsonNumber("removed").longValue(),
                    city.getJsonNumber("millis").longValue()));
        }
        if (job.getString("phase").equals("FAILED")) {
            // Thrown rather than System.exit: under exec:java it fails the Maven build, run alone it exits 1.
            throw new IllegalStateException("reindex " + id + " failed: " + job.getString("failure", "unknown"));
        }
        out.println(ReindexLines.summary(
                id,
                job.getJsonArray("done").size(),
                job.getJsonNumber("indexed").longValue(),
                job.getJsonNumber("removed").longValue()));
    }

    /** Starts the job, or finds the one already reindexing these cities (409). */
    private JsonObject start(List<String> cities) throws Exception {
        String body = Json.createObjectBuilder()
                .add("cities", Json.createArrayBuilder(cities))
                .build()
                .toString();
        HttpResponse<String> started = client.send(
                HttpRequest.newBuilder(URI.create(api + "/reindex"))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() == 202) {
            return json(started.body());
        }
        if (started.statusCode() == 409) {
            out.println("a reindex of these cities is already running; following it");
            return running(cities);
        }
        throw new IllegalStateException(
                "starting the reindex answered " + started.statusCode() + ": " + started.body());
    }

    private JsonObject running(List<String> cities) throws Exception {
        HttpResponse<String> response = send(api + "/jobs");
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(j -> !j.getBoolean("finished"))
                    .filter(j -> cities.isEmpty()
                            || j.getJsonArray("cities").getValuesAs(JsonString.class).stream()
                                    .anyMatch(c -> cities.contains(c.getString())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the running reindex finished meanwhile; run again"));
        }
    }

    private JsonObject get(String url) throws Exception {
        return json(send(url).body());
    }

    private HttpResponse<String> send(String url) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String progress(JsonObject job) {
        return ReindexLines.progress(
                job.getString("id"),
                job.getString("phase"),
                job.getInt("percent"),
                job.getJsonNumber("indexed").longValue(),
                job.getJsonNumber("total").longValue(),
                job.getJsonNumber("documentsPerSecond").longValue(),
                job.getString("currentCity", null));
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}

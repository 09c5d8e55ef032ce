package org.seedbed.benchmark;

import static org.seedbed.benchmark.BenchmarkHttp.basic;
import static org.seedbed.benchmark.BenchmarkHttp.json;
import static org.seedbed.benchmark.BenchmarkHttp.postJson;
import static org.seedbed.benchmark.BenchmarkHttp.send;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.seedbed.launcher.DatabaseChoice;

/**
 * Measures search on a running Seedbed, on whichever backend it was started with: creates a city,
 * writes a synthetic city of many documents straight into its schema, reindexes it through the
 * city admin API (progress, documents per second), then times a fixed, seeded mix of public
 * searches, end to end and as the engine reports it. The city is retired after unless kept.
 * Arguments: base URL, platform admin password, documents, database URL ({@code auto}: the one
 * {@code mvn -Prun} chose), database user, database password, keep the city ({@code true}), and
 * the slug of a city an earlier run kept: then only the searches are timed, in that city.
 */
public final class SearchBenchmark {

    private static final System.Logger LOG = System.getLogger(SearchBenchmark.class.getName());

    private static final long SEED = 20_260_808L;
    private static final int WARM_UPS = 200;
    private static final int QUERIES = 2_000;
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "bench-keeper-2026";

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = argument(args, 0, "http://localhost:8080");
        String password = argument(args, 1, "seedbed-demo-2026");
        CityPlan plan = CityPlan.of(Integer.parseInt(argument(args, 2, "1000000")));
        Database database =
                Database.of(argument(args, 3, "auto"), argument(args, 4, "postgres"), argument(args, 5, "postgres"));
        boolean keep = Boolean.parseBoolean(argument(args, 6, "false"));
        String kept = argument(args, 7, "");

        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        if (!kept.isEmpty()) {
            List<Long> units;
            try (Connection connection = database.connect()) {
                units = SyntheticCity.units(connection, kept);
            }
            print("searching the kept city %s (%,d org units)", kept, units.size());
            search(client, base + "/c/" + kept + "/api/v1", units, plan);
            return;
        }
        String platform = basic("platform-admin", password);
        String slug = "bench-search-" + UUID.randomUUID().toString().substring(0, 6);
        send(
                client,
                postJson(
                        base + "/api/v1/platform/cities",
                        platform,
                        """
                {"slug":"%s","nameZh":"搜索基准市","nameEn":"Search Bench","adminUsername":"%s",
                 "adminEmail":"admin@%s.bench","adminPassword":"%s"}"""
                                .formatted(slug, ADMIN, slug, ADMIN_PASSWORD)),
                201);
        String cityApi = base + "/c/" + slug + "/api/v1";
        // A token, since a password is checked with a deliberately slow hash on every request.
        String admin = "Bearer "
                + json(send(
                                        client,
                                        postJson(
                                                cityApi + "/me/tokens",
                                                basic(ADMIN, ADMIN_PASSWORD),
                                                "{\"name\":\"search benchmark\",\"validDays\":1}"),
                                        201)
                                .body())
                        .getString("secret");
        try {
            SyntheticCity.Layout layout = generate(database, slug, plan);
            reindex(client, cityApi, admin);
            search(client, cityApi, layout.units(), plan);
        } finally {
            if (keep) {
                print("kept city %s (%s/c/%s/, admin %s / %s)", slug, base, slug, ADMIN, ADMIN_PASSWORD);
            } else {
                retire(client, base, platform, slug);
            }
        }
    }

    private static SyntheticCity.Layout generate(Database database, String slug, CityPlan plan) throws SQLException {
        print(
                "writing %,d documents into %s on %s: %,d organizations, %,d calls, %,d campaigns in %d districts of"
                        + " %d streets",
                plan.documents(),
                SyntheticCity.schema(slug),
                database.url(),
                plan.organizations(),
                plan.calls(),
                plan.campaigns(),
                plan.districts(),
                plan.streets());
        long started = System.nanoTime();
        SyntheticCity.Layout layout;
        try (Connection connection = database.connect()) {
            layout = SyntheticCity.write(connection, slug, plan);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(
                "generation: %,d documents in %.1f s = %,.0f documents/s (straight into PostgreSQL)",
                plan.documents(), seconds, plan.documents() / seconds);
        return layout;
    }

    /** Starts the city's reindex and follows its job every second until it is done. */
    private static void reindex(HttpClient client, String cityApi, String admin) throws Exception {
        long started = System.nanoTime();
        JsonObject job = json(send(
                        client,
                        HttpRequest.newBuilder(URI.create(cityApi + "/search-index/reindex"))
                                .header("Authorization", admin)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        202)
                .body());
        HttpRequest poll = HttpRequest.newBuilder(URI.create(cityApi + "/search-index/jobs/" + job.getString("id")))
                .header("Authorization", admin)
                .build();
        String shown = "";
        while (!job.getString("phase").equals("DONE")) {
            if (job.getString("phase").equals("FAILED")) {
                throw new IllegalStateException("the reindex failed: " + job);
            }
            Thread.sleep(1_000);
            job = json(send(client, poll, 200).body());
            // A line when the phase or the percentage moves, not every second.
            String step = job.getString("phase") + job.getInt("percent");
            if (!step.equals(shown)) {
                shown = step;
                print(
                        "  reindex %-8s %3d%%  %,d of %,d documents  %,d docs/s",
                        job.getString("phase"),
                        job.getInt("percent"),
                        job.getJsonNumber("indexed").longValue(),
                        job.getJsonNumber("total").longValue(),
                        job.getJsonNumber("documentsPerSecond").longValue());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long indexed = job.getJsonNumber("indexed").longValue();
        print(
                "mass indexing: %,d documents (with the org units) in %.1f s = %,.0f docs/s wall clock (polled every"
                        + " second); the job reports %,d docs/s, %,d removed",
                indexed,
                seconds,
                indexed / seconds,
                job.getJsonNumber("documentsPerSecond").longValue(),
                job.getJsonNumber("removed").longValue());
    }

    /** Sends the warm-ups, then times the mix one query at a time. */
    private static void search(HttpClient client, String cityApi, List<Long> units, CityPlan plan) throws Exception {
        List<QueryMix.Query> mix = QueryMix.of(SEED, WARM_UPS + QUERIES, units);
        for (QueryMix.Query query : mix.subList(0, WARM_UPS)) {
            time(client, cityApi, query);
        }
        List<Double> endToEnd = new ArrayList<>();
        List<Long> engine = new ArrayList<>();
        long hits = 0;
        Map<QueryMix.Kind, List<Timed>> byKind = new EnumMap<>(QueryMix.Kind.class);
        for (QueryMix.Query query : mix.subList(WARM_UPS, mix.size())) {
            Timed timed = time(client, cityApi, query);
            endToEnd.add(timed.millis());
            engine.add(timed.tookMillis());
            hits += timed.total();
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(timed);
        }
        print(
                "search: %,d queries (seed %d) after %,d warm-ups, one at a time, in a city of %,d documents",
                QUERIES, SEED, WARM_UPS, plan.documents());
        print("search latency end-to-end ms: %s", Percentiles.of(endToEnd).summary());
        print("search engine time ms (tookMillis): %s", Percentiles.of(engine).summary());
        print("search average total hits: %,.0f", (double) hits / QUERIES);
        byKind.forEach((kind, timings) -> print(
                "  %-16s %,5d queries  end-to-end ms: %s  average hits %,.0f",
                kind,
                timings.size(),
                Percentiles.of(timings.stream().map(Timed::millis).toList()).summary(),
                timings.stream().mapToLong(Timed::total).average().orElse(0)));
    }

    /** One search as the client saw it (request sent to body read) and as the server reported it. */
    private record Timed(double millis, long tookMillis, long total) {}

    private static Timed time(HttpClient client, String cityApi, QueryMix.Query query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cityApi + "/search?" + query.parameters()))
                .header("Accept", "application/json")
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = send(client, request, 200);
        double millis = (System.nanoTime() - started) / 1e6;
        JsonObject answer = json(response.body());
        return new Timed(
                millis,
                answer.getJsonNumber("tookMillis").longValue(),
                answer.getJsonNumber("total").longValue());
    }

    private static void retire(HttpClient client, String base, String platform, String slug) {
        try {
            send(
                    client,
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/cities/" + slug + "/retirement"))
                            .header("Authorization", platform)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    200);
            print("retired city %s", slug);
        } catch (Exception e) {
            // Reported, not thrown: the numbers above stand, and an earlier failure stays the one shown.
            LOG.log(System.Logger.Level.WARNING, "could not retire city " + slug + ": " + e.getMessage());
        }
    }

    /** The database to write into; {@code auto} finds the one {@code mvn -Prun} chose. */
    record Database(String url, String user, String password) {

        static Database of(String url, String user, String password) {
            if (!"auto".equals(url)) {
                return new Database(url, user, password);
            }
            String given = System.getenv("SEEDBED_DB_URL");
            if (given != null && !given.isBlank()) {
                return new Database(given, env("SEEDBED_DB_USER", user), env("SEEDBED_DB_PASSWORD", password));
            }
            return new Database(DatabaseChoice.demoUrl(), user, password);
        }

        Connection connect() throws SQLException {
            Properties credentials = new Properties();
            credentials.setProperty("user", user);
            credentials.setProperty("password", password);
            // The driver directly: DriverManager does not see drivers of the exec plugin's class loader.
            Connection connection = new org.postgresql.Driver().connect(url, credentials);
            if (connection == null) {
                throw new SQLException("not a PostgreSQL URL: " + url);
            }
            return connection;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    private static String argument(String[] args, int index, String fallback) {
        return args.length > index && args[index] != null && !args[index].isBlank() ? args[index] : fallback;
    }

    private static void print(String format, Object... args) {
        LOG.log(System.Logger.Level.INFO, String.format(format, args));
    }
}

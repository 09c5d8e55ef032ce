package org.seedbed.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seedbed.organization.control.UnifiedSocialCreditCode;

/**
 * Drives donations with match reservation through the HTTP API of a running Seedbed at increasing
 * concurrency, against one pool that runs dry during the run, and prints throughput, p50/p95/p99
 * latency and the over-commit (what was reserved or committed beyond the pool's budget: must be
 * 0). Beside each level it prints the raw PostgreSQL rate of the same conditional pool update,
 * measured by pgbench on a scratch table with the same clients. Arguments: base URL, platform
 * admin password, donations per level, pgbench connection (libpq keywords).
 */
public final class DonationBenchmark {

    private static final System.Logger LOG = System.getLogger(DonationBenchmark.class.getName());

    private static final int[] LEVELS = {1, 4, 16, 64};
    private static final int GIFT_YUAN = 10;

    private DonationBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String password = args.length > 1 ? args[1] : "seedbed-demo-2026";
        int perLevel = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        String pg = args.length > 3 ? args[3] : "host=127.0.0.1 port=5432 user=postgres dbname=postgres";
        ExecutorService httpThreads = Executors.newFixedThreadPool(80);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(httpThreads)
                .build();
        String slug = "bench-give-" + UUID.randomUUID().toString().substring(0, 6);
        City city = City.create(client, base, password, slug);
        int total = perLevel * LEVELS.length;
        // The pool covers 60% of all the match asked for, so it runs dry during the last level.
        long budget = (long) (total * GIFT_YUAN * 0.6);
        long pool = city.pool(budget);
        print(
                "city %s, campaign %d, pool %d of %d yuan (1:1), %d gifts of %d yuan per level",
                slug, city.campaign, pool, budget, perLevel, GIFT_YUAN);
        print(
                "%-11s %12s %9s %9s %9s %14s %14s %8s",
                "concurrency", "donations/s", "p50 ms", "p95 ms", "p99 ms", "matched yuan", "raw PG upd/s", "PG/API");
        AtomicLong reservedSeen = new AtomicLong();
        for (int clients : LEVELS) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService threads = Executors.newFixedThreadPool(clients);
            long started = System.nanoTime();
            List<Future<Long>> gifts = new ArrayList<>();
            for (int i = 0; i < perLevel; i++) {
                String email = "donor-" + clients + "-" + i + "@bench.example";
                gifts.add(threads.submit(() -> {
                    long t0 = System.nanoTime();
                    JsonObject start = city.give(email);
                    latencies.add(System.nanoTime() - t0);
                    return start.getJsonNumber("matchReserved")
                            .bigDecimalValue()
                            .longValue();
                }));
            }
            long matched = 0;
            for (Future<Long> gift : gifts) {
                matched += gift.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            threads.shutdown();
            reservedSeen.addAndGet(matched);
            Collections.sort(latencies);
            double raw = pgbench(pg, clients);
            double rate = perLevel / seconds;
            print(
                    "%-11d %12.0f %9.1f %9.1f %9.1f %14d %14s %8s",
                    clients,
                    rate,
                    ms(latencies, 0.50),
                    ms(latencies, 0.95),
                    ms(latencies, 0.99),
                    matched,
                    raw < 0 ? "n/a" : String.format("%.0f", raw),
                    raw < 0 ? "n/a" : String.format("%.1f", raw / rate));
        }
        JsonObject usage = city.poolView(pool);
        long reserved = usage.getJsonNumber("reserved").longValue();
        long committed = usage.getJsonNumber("committed").longValue();
        long available = usage.getJsonNumber("available").longValue();
        long overCommit = Math.max(0, reserved + committed - budget) + Math.max(0, reservedSeen.get() - budget);
        print(
                "pool: budget %d, reserved %d, committed %d, available %d; reserved as the donors were told %d",
                budget, reserved, committed, available, reservedSeen.get());
        print("over-commit: %d yuan%s", overCommit, overCommit == 0 ? " (none)" : "  <-- THE POOL WAS OVER-COMMITTED");
        city.retire();
        // The client's threads would keep Maven's exec plugin waiting.
        httpThreads.shutdownNow();
        if (overCommit != 0) {
            System.exit(1);
        }
    }

    /** pgbench's rate of the pool update on a scratch table, same clients, 5 s; -1 when pgbench is missing. */
    static double pgbench(String connection, int clients) throws IOException, InterruptedException {
        Path script = Files.createTempFile("pool-update", ".sql");
        Files.writeString(
                script,
                """
                update bench_pool_shard s set available = s.available - least(s.available, 1000),
                  last_take = least(s.available, 1000)
                where s.pool_id = 1 and s.available > 0 and s.shard = (
                  select shard from bench_pool_shard where pool_id = 1 and available > 0
                  order by available desc limit 1 for update skip locked)
                returning s.last_take;
                """);
        Path setup = Files.createTempFile("pool-setup", ".sql");
        Files.writeString(
                setup,
                """
                create table if not exists bench_pool_shard (pool_id bigint, shard smallint, available bigint
                  not null check (available >= 0), last_take bigint not null default 0, primary key (pool_id, shard));
                truncate bench_pool_shard;
                insert into bench_pool_shard select 1, s, 1000000000000 from generate_series(0, 7) s;
                """);
        try {
            if (run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", setup.toString(), connection)) == null) {
                return -1;
            }
            String out = run(List.of(
                    "pgbench",
                    "-n",
                    "-c",
                    String.valueOf(clients),
                    "-j",
                    String.valueOf(Math.min(clients, 4)),
                    "-T",
                    "5",
                    "-f",
                    script.toString(),
                    connection));
            if (out == null) {
                return -1;
            }
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
            return tps.find() ? Double.parseDouble(tps.group(1)) : -1;
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(setup);
        }
    }

    private static String run(List<String> command) throws InterruptedException {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out : null;
        } catch (IOException missing) {
            return null;
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void print(String format, Object... args) {
        LOG.log(System.Logger.Level.INFO, String.format(format, args));
    }

    /** The benchmark's city: its admin runs the campaign and the pool; donors give anonymously. */
    private record City(HttpClient client, String base, String platform, String slug, String admin, long campaign) {

        static City create(HttpClient client, String base, String password, String slug) throws Exception {
            String platform = "Basic " + base64("platform-admin:" + password);
            send(
                    client,
                    request(base + "/api/v1/platform/cities", platform)
                            .POST(body(
                                    """
                    {"slug":"%s","nameZh":"捐赠基准市","nameEn":"Giving Bench","adminUsername":"admin",
                     "adminEmail":"admin@%s.bench","adminPassword":"bench-keeper-2026"}"""
                                            .formatted(slug, slug))),
                    201);
            String admin = "Basic " + base64("admin:bench-keeper-2026");
            String api = base + "/c/" + slug + "/api/v1";
            long root = Json.createReader(new StringReader(
                            send(client, request(api + "/org-units", admin).GET(), 200)))
                    .readArray()
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            long district = id(send(
                    client,
                    request(api + "/org-units", admin)
                            .POST(body("{\"parentId\":%d,\"nameZh\":\"包河区\",\"nameEn\":\"Baohe\"}".formatted(root))),
                    201));
            send(
                    client,
                    request(api + "/users", admin)
                            .POST(body(
                                    """
                    {"username":"bench-ngo","email":"ngo@%s.bench","displayName":"NGO","roles":["NGO_MEMBER"],
                     "password":"bench-person-2026"}"""
                                            .formatted(slug))),
                    201);
            String ngo = "Basic " + base64("bench-ngo:bench-person-2026");
            String code = UnifiedSocialCreditCode.withCheckCharacters("52340111MJ" + "A41268");
            long organization = id(send(
                    client,
                    request(api + "/organizations", ngo)
                            .POST(body(
                                    """
                    {"nameZh":"基准社会工作服务中心","kind":"SOCIAL_SERVICE_AGENCY","registration":"REGISTERED",
                     "creditCode":"%s","foundedOn":"2016-03-08","orgUnitId":%d}"""
                                            .formatted(code, district))),
                    201));
            send(
                    client,
                    request(api + "/organizations/" + organization + "/submission", ngo)
                            .POST(body("")),
                    200);
            send(
                    client,
                    request(api + "/organizations/" + organization + "/review", admin)
                            .POST(body("{\"decision\":\"VERIFY\"}")),
                    200);
            Instant now = Instant.now();
            long campaign = id(send(
                    client,
                    request(api + "/campaigns", admin)
                            .POST(body(
                                    """
                    {"organizationId":%d,"titleZh":"基准募捐","storyZh":"基准测试。","goal":100000000,
                     "startsAt":"%s","endsAt":"%s"}"""
                                            .formatted(
                                                    organization,
                                                    now.minus(1, ChronoUnit.HOURS),
                                                    now.plus(1, ChronoUnit.DAYS)))),
                    201));
            send(
                    client,
                    request(api + "/campaigns/" + campaign + "/approval", admin).POST(body("")),
                    200);
            return new City(client, base, platform, slug, admin, campaign);
        }

        long pool(long budgetYuan) throws Exception {
            Instant now = Instant.now();
            return id(send(
                    client,
                    request(api() + "/matching-pools", admin)
                            .POST(body(
                                    """
                    {"sponsorName":"基准配捐","sponsorKind":"FOUNDATION","scope":"CAMPAIGN","campaignId":%d,
                     "budget":%d,"ratio":1,"startsAt":"%s","endsAt":"%s","shards":8}"""
                                            .formatted(
                                                    campaign,
                                                    budgetYuan,
                                                    now.minus(1, ChronoUnit.HOURS),
                                                    now.plus(1, ChronoUnit.DAYS)))),
                    201));
        }

        JsonObject give(String email) throws Exception {
            String started = send(
                    client,
                    request(api() + "/campaigns/" + campaign + "/donations", null)
                            .POST(body("{\"amount\":%d,\"email\":\"%s\"}".formatted(GIFT_YUAN, email))),
                    201);
            return Json.createReader(new StringReader(started)).readObject();
        }

        JsonObject poolView(long pool) throws Exception {
            return Json.createReader(new StringReader(send(
                            client,
                            request(api() + "/matching-pools/" + pool, admin).GET(),
                            200)))
                    .readObject();
        }

        void retire() throws Exception {
            send(
                    client,
                    request(base + "/api/v1/platform/cities/" + slug + "/retirement", platform)
                            .POST(HttpRequest.BodyPublishers.noBody()),
                    200);
        }

        private String api() {
            return base + "/c/" + slug + "/api/v1";
        }

        private static HttpRequest.Builder request(String url, String authorization) {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
            return authorization == null ? builder : builder.header("Authorization", authorization);
        }

        private static HttpRequest.BodyPublisher body(String json) {
            return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        }

        private static String send(HttpClient client, HttpRequest.Builder request, int expected) throws Exception {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        response.statusCode() + " from " + response.uri() + ": " + response.body());
            }
            return response.body();
        }

        private static long id(String json) {
            return Json.createReader(new StringReader(json))
                    .readObject()
                    .getJsonNumber("id")
                    .longValue();
        }

        private static String base64(String text) {
            return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

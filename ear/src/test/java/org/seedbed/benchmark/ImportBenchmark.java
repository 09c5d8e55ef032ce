package org.seedbed.benchmark;

import static org.seedbed.benchmark.BenchmarkHttp.basic;
import static org.seedbed.benchmark.BenchmarkHttp.json;
import static org.seedbed.benchmark.BenchmarkHttp.post;
import static org.seedbed.benchmark.BenchmarkHttp.send;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.seedbed.organization.control.UnifiedSocialCreditCode;

/**
 * Imports a generated civil-affairs registry of many organizations into a new city of a running
 * Seedbed and logs how fast: first a dry run (read and check every row), then the import (check
 * and store all rows in one transaction, indexing them for search). The city is retired after.
 * Arguments: base URL, platform admin password, number of rows.
 */
public final class ImportBenchmark {

    private static final System.Logger LOG = System.getLogger(ImportBenchmark.class.getName());
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] STREETS = {"万年埠街道", "骆岗街道", "望湖街道", "芜湖路街道", "包公街道"};

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String password = args.length > 1 ? args[1] : "seedbed-demo-2026";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String platform = basic("platform-admin", password);
        String slug = "bench-import-" + UUID.randomUUID().toString().substring(0, 6);
        send(
                client,
                post(
                        base + "/api/v1/platform/cities",
                        platform,
                        "application/json",
                        """
                {"slug":"%s","nameZh":"导入基准市","nameEn":"Import Bench","adminUsername":"admin",
                 "adminEmail":"admin@%s.bench","adminPassword":"bench-keeper-2026"}"""
                                .formatted(slug, slug)
                                .getBytes(StandardCharsets.UTF_8)),
                201);
        String admin = basic("admin", "bench-keeper-2026");
        String cityApi = base + "/c/" + slug + "/api/v1";
        StringBuilder units = new StringBuilder("path,name_en\n包河区,Baohe\n");
        for (String street : STREETS) {
            units.append("包河区/").append(street).append(",\n");
        }
        send(client, post(cityApi + "/org-units/import", admin, "text/csv", bytes(units.toString())), 200);

        byte[] csv = registry(rows);
        LOG.log(
                System.Logger.Level.INFO,
                String.format("registry of %d rows, %.1f MB, into %s", rows, csv.length / 1e6, slug));
        JsonObject dryRun = run(client, cityApi, admin, csv, true);
        JsonObject applied = run(client, cityApi, admin, csv, false);
        if (!applied.getBoolean("applied") || applied.getInt("created") != rows) {
            throw new IllegalStateException("the import did not store every row: " + applied);
        }
        send(
                client,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/cities/" + slug + "/retirement"))
                        .header("Authorization", platform)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                200);
        LOG.log(
                System.Logger.Level.INFO,
                String.format("dry run %s; import %s", dryRun.getString("phase"), applied.getString("phase")));
    }

    private static JsonObject run(HttpClient client, String cityApi, String admin, byte[] csv, boolean dryRun)
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> accepted = send(
                client,
                post(cityApi + "/organizations/imports?fileName=registry.csv&dryRun=" + dryRun, admin, "text/csv", csv),
                202);
        String job = cityApi + "/organizations/imports/" + json(accepted.body()).getString("id");
        JsonObject state;
        int lastPercent = -1;
        do {
            Thread.sleep(500);
            state = json(send(
                            client,
                            HttpRequest.newBuilder(URI.create(job))
                                    .header("Authorization", admin)
                                    .build(),
                            200)
                    .body());
            if (state.getInt("percent") / 10 != lastPercent / 10) {
                lastPercent = state.getInt("percent");
                LOG.log(
                        System.Logger.Level.INFO,
                        String.format(
                                "  %s %s %d%%", dryRun ? "dry run" : "import", state.getString("phase"), lastPercent));
            }
        } while (!state.getBoolean("finished"));
        double seconds = (System.nanoTime() - started) / 1e9;
        int rows = state.getInt("rows");
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "%s: %d rows (%d valid) in %.1f s = %.0f rows/s%s",
                        dryRun ? "dry run (read + check)" : "import (read + check + store + index)",
                        rows,
                        state.getInt("validRows"),
                        seconds,
                        rows / seconds,
                        dryRun ? "" : ", created " + state.getInt("created")));
        return state;
    }

    /** Valid, distinct rows: registered agencies with generated codes and every tenth a filed group. */
    static byte[] registry(int rows) {
        StringBuilder csv = new StringBuilder("统一社会信用代码,社会组织名称,社会组织类型,登记管理机关,成立登记日期,所属区域,服务领域,专职人员,志愿者\n");
        for (int i = 0; i < rows; i++) {
            String street = STREETS[i % STREETS.length];
            if (i % 10 == 9) {
                csv.append(",")
                        .append(street)
                        .append("第")
                        .append(i)
                        .append("号邻里互助队,社区社会组织,,2020-01-01,包河区/")
                        .append(street)
                        .append(",社区治理,0,30\n");
            } else {
                String code = UnifiedSocialCreditCode.withCheckCharacters("52340111MJ" + body(i));
                csv.append(code)
                        .append(",包河区基准社会工作服务中心")
                        .append(i)
                        .append(",民办非企业单位,合肥市包河区民政局,")
                        .append(2005 + i % 20)
                        .append("-0")
                        .append(1 + i % 9)
                        .append("-15,包河区/")
                        .append(street)
                        .append(",为老、儿童,")
                        .append(i % 30)
                        .append(',')
                        .append(i % 200)
                        .append('\n');
            }
        }
        return bytes(csv.toString());
    }

    private static String body(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            digits.insert(0, ALPHABET.charAt(n % ALPHABET.length()));
            n /= ALPHABET.length();
        }
        return digits.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CityProvisioningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void createdCityIsUsableAtOnceByItsFirstAdmin() {
        String slug = TestCities.uniqueSlug("wuhan");
        JsonObject created = Http.object(TestCities.create(slug, "武汉市", "Wuhan"));

        assertThat(created.getJsonObject("city").getString("schema")).isEqualTo("city_" + slug.replace('-', '_'));
        assertThat(created.getJsonNumber("provisioningMillis").longValue()).isPositive();

        Http admin = TestCities.adminWithToken(slug);
        HttpResponse<String> units = admin.get("/c/" + slug + "/api/v1/org-units");
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(Http.array(units).getJsonObject(0).getString("nameZh")).isEqualTo("武汉市");
        HttpResponse<String> district = admin.postJson(
                "/c/" + slug + "/api/v1/org-units",
                "{\"parentId\":" + Http.array(units).getJsonObject(0).getInt("id")
                        + ",\"nameZh\":\"江岸区\",\"nameEn\":\"Jiang'an District\"}");
        assertThat(district.statusCode()).as(district.body()).isEqualTo(201);
        assertThat(Http.object(district).getString("level")).isEqualTo("DISTRICT");
    }

    @Test
    void aCitysTreeExportsAsCsvThatImportsIntoAnotherCity() {
        String from = TestCities.uniqueSlug("csv-a");
        String to = TestCities.uniqueSlug("csv-b");
        TestCities.create(from, "导出市", "Export");
        TestCities.create(to, "导入市", "Import");
        Http adminFrom = TestCities.adminWithToken(from);
        String csv = "path,name_en\n包河区,Baohe\n包河区/万年埠街道,Wannianbu\n包河区/万年埠街道/云华社区,Yunhua\n";
        assertThat(adminFrom
                        .post("/c/" + from + "/api/v1/org-units/import", "text/csv", csv)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> exported = new Http().get("/c/" + from + "/api/v1/org-units/export.csv");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(exported.body()).contains("包河区/万年埠街道/云华社区,Yunhua");

        HttpResponse<String> imported = TestCities.adminWithToken(to)
                .post("/c/" + to + "/api/v1/org-units/import", "text/csv", exported.body());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Http.object(imported).getInt("created")).isEqualTo(3);
    }

    @Test
    void explainsEveryProblemOfAnInvalidCity() {
        HttpResponse<String> response = new Http()
                .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                .postJson(
                        "/api/v1/platform/cities",
                        """
                        {"slug":"Bad Slug!","nameZh":"","nameEn":"X","currency":"XYZ","timeZone":"Mars/Base",
                         "adminUsername":"a","adminEmail":"not-an-email","adminPassword":"short"}
                        """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = Http.object(response);
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getString("field")))
                .contains("slug", "nameZh", "currency", "timeZone", "admin.username", "admin.email", "admin.password");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void refusesASecondCityWithTheSameSlug() {
        String slug = TestCities.uniqueSlug("dup");
        TestCities.create(slug, "重复市", "Duplicate");

        HttpResponse<String> again = new Http()
                .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                .postJson(
                        "/api/v1/platform/cities",
                        """
                        {"slug":"%s","nameZh":"重复市","nameEn":"Duplicate","adminUsername":"admin",
                         "adminEmail":"a@b.test","adminPassword":"city-keeper-2026"}
                        """
                                .formatted(slug));

        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void retiringExportsTheDataThenDropsTheSchemaAndTheCityDisappears() throws Exception {
        String slug = TestCities.uniqueSlug("gone");
        TestCities.create(slug, "退役市", "Retired");
        String schema = "city_" + slug.replace('-', '_');

        HttpResponse<String> retired = new Http()
                .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                .postJson("/api/v1/platform/cities/" + slug + "/retirement", "");

        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        JsonObject city = Http.object(retired);
        assertThat(city.getString("status")).isEqualTo("RETIRED");
        Path export = Path.of(city.getString("exportFile"));
        assertThat(export).exists();
        try (ZipFile zip = new ZipFile(export.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            assertThat(new String(
                            zip.getInputStream(zip.getEntry("org_unit.jsonl")).readAllBytes()))
                    .contains("退役市");
            assertThat(new String(
                            zip.getInputStream(zip.getEntry("app_user.jsonl")).readAllBytes()))
                    .contains("\"username\":\"admin\"");
        }
        assertThat(Files.size(export)).isPositive();
        assertThat(schemaExists(schema)).isFalse();
        assertThat(new Http().get("/c/" + slug + "/api/v1/org-units").statusCode())
                .isEqualTo(404);
        String audit = new Http()
                .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                .get("/api/v1/audit?subjectType=city&subjectId=" + slug)
                .body();
        assertThat(audit)
                .contains(
                        "city.created",
                        "city.retired",
                        "city.schemaDropped",
                        export.getFileName().toString());
    }

    @Test
    void cityApiIsForPlatformAdminsOnly() {
        assertThat(new Http().get("/api/v1/platform/cities").statusCode()).isEqualTo(401);

        String slug = TestCities.uniqueSlug("roles");
        TestCities.create(slug, "角色市", "Roles");
        // A city admin is not a platform admin, and the platform API does not exist inside a city.
        assertThat(new Http()
                        .basic("admin", TestCities.ADMIN_PASSWORD)
                        .get("/c/" + slug + "/api/v1/platform/cities")
                        .statusCode())
                .isIn(403, 404);
        assertThat(new Http()
                        .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                        .get("/api/v1/platform/cities")
                        .statusCode())
                .isEqualTo(200);
    }

    private static boolean schemaExists(String schema) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        System.getProperty("seedbed.test.db.url"),
                        System.getProperty("seedbed.test.db.user"),
                        System.getProperty("seedbed.test.db.password"));
                var query = connection.prepareStatement(
                        "select 1 from information_schema.schemata where schema_name = ?")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}

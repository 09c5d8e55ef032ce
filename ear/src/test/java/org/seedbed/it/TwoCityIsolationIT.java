package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two cities with colliding names and ids: the same admin username and password, the same
 * districts created in the same order (so their ids are equal). Whatever one city's credentials
 * do against the other city, the answer is 404, never 403 and never data.
 */
@ExtendWith(ArquillianExtension.class)
class TwoCityIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    private String cityA;
    private String cityB;
    private Http adminA;
    private Http adminB;
    private long sharedId;
    private long onlyInB;

    @BeforeEach
    void twoCitiesWithCollidingData() {
        cityA = TestCities.uniqueSlug("iso-a");
        cityB = TestCities.uniqueSlug("iso-b");
        TestCities.create(cityA, "甲市", "City A");
        TestCities.create(cityB, "乙市", "City B");
        adminA = TestCities.adminWithToken(cityA);
        adminB = TestCities.adminWithToken(cityB);
        long rootA = root(adminA, cityA);
        long rootB = root(adminB, cityB);
        assertThat(rootA).isEqualTo(rootB);
        sharedId = id(adminA.postJson(api(cityA, "/org-units"), district(rootA, "同名区", "A's district")));
        assertThat(id(adminB.postJson(api(cityB, "/org-units"), district(rootB, "同名区", "B's district"))))
                .isEqualTo(sharedId);
        onlyInB = id(adminB.postJson(api(cityB, "/org-units"), district(rootB, "乙独有区", "Only in B")));
    }

    @Test
    void eachCitySeesOnlyItsOwnRowsUnderTheSameId() {
        assertThat(Http.object(adminA.get(api(cityA, "/org-units/" + sharedId))).getString("nameEn"))
                .isEqualTo("A's district");
        assertThat(Http.object(adminB.get(api(cityB, "/org-units/" + sharedId))).getString("nameEn"))
                .isEqualTo("B's district");
        assertThat(adminA.get(api(cityA, "/org-units")).body()).doesNotContain("B's district", "乙独有区", "乙市");
        assertThat(adminA.get(api(cityA, "/users")).body())
                .contains("admin@" + cityA)
                .doesNotContain(cityB);
    }

    @Test
    void searchFindsOnlyTheCitysOwnUnits() {
        String inA = adminA.get(api(cityA, "/org-units?q=" + encode("同名"))).body();
        assertThat(inA).contains("A's district").doesNotContain("B's district");
        assertThat(Http.array(adminA.get(api(cityA, "/org-units?q=" + encode("独有")))))
                .isEmpty();

        String inB = adminB.get(api(cityB, "/org-units?q=" + encode("独有"))).body();
        assertThat(inB).contains("Only in B");
        assertThat(adminB.get(api(cityB, "/org-units?q=districts")).body())
                .as("English stemming")
                .contains("B's district")
                .doesNotContain("A's district");
    }

    @Test
    void anIdThatExistsOnlyInTheOtherCityIsNotFound() {
        assertThat(adminA.get(api(cityA, "/org-units/" + onlyInB)).statusCode()).isEqualTo(404);
        assertThat(adminA.putJson(api(cityA, "/org-units/" + onlyInB), "{\"nameZh\":\"改名\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(adminA.delete(api(cityA, "/org-units/" + onlyInB)).statusCode())
                .isEqualTo(404);
        assertThat(adminB.get(api(cityB, "/org-units/" + onlyInB)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenOfOneCityGetsNotFoundForEverythingInTheOther() {
        for (String path : new String[] {
            "/org-units", "/org-units/" + sharedId, "/org-units/" + onlyInB, "/users", "/users/1", "/audit", "/me"
        }) {
            HttpResponse<String> read = adminA.get(api(cityB, path));
            assertThat(read.statusCode()).as("GET " + path).isEqualTo(404);
            assertThat(read.body()).doesNotContain("B's district", "admin@" + cityB);
        }
        assertThat(adminA.putJson(api(cityB, "/org-units/" + sharedId), "{\"nameZh\":\"被改\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(adminA.delete(api(cityB, "/org-units/" + onlyInB)).statusCode())
                .isEqualTo(404);
        assertThat(adminA.delete(api(cityB, "/users/1")).statusCode()).isEqualTo(404);
        assertThat(adminA.postJson(api(cityB, "/org-units"), district(1, "入侵区", "intruder"))
                        .statusCode())
                .isEqualTo(404);

        // Nothing changed in B.
        assertThat(Http.object(adminB.get(api(cityB, "/org-units/" + sharedId))).getString("nameZh"))
                .isEqualTo("同名区");
        assertThat(adminB.get(api(cityB, "/org-units/" + onlyInB)).statusCode()).isEqualTo(200);
        assertThat(adminB.get(api(cityB, "/org-units")).body()).doesNotContain("入侵区");
    }

    @Test
    void aSignedInSessionOfOneCityIsNobodyInTheOther() {
        Http browser = new Http();
        FacesForms.login(browser, cityA, "admin", TestCities.ADMIN_PASSWORD);
        assertThat(browser.get("/c/" + cityA + "/dashboard.xhtml").statusCode()).isEqualTo(200);

        assertThat(browser.get("/c/" + cityB + "/api/v1/users").statusCode()).isEqualTo(404);
        assertThat(browser.get("/c/" + cityB + "/api/v1/org-units/" + onlyInB).statusCode())
                .isEqualTo(404);
        HttpResponse<String> page = browser.get("/c/" + cityB + "/admin/users.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/c/" + cityB + "/login.xhtml");
    }

    @Test
    void pooledConnectionsServeBothCitiesAlternatelyWithoutMixingThem() throws Exception {
        // The test server's pool has at most 3 connections, so they are reused all the time.
        for (int i = 0; i < 40; i++) {
            assertThat(Http.object(adminA.get(api(cityA, "/org-units/" + sharedId)))
                            .getString("nameEn"))
                    .isEqualTo("A's district");
            assertThat(Http.object(adminB.get(api(cityB, "/org-units/" + sharedId)))
                            .getString("nameEn"))
                    .isEqualTo("B's district");
        }
        assertThat(serverConnections()).isBetween(1, 3);
    }

    private static int serverConnections() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", System.getProperty("seedbed.test.db.user"));
        properties.setProperty("password", System.getProperty("seedbed.test.db.password"));
        properties.setProperty("ApplicationName", "seedbed-isolation-test");
        try (Connection connection =
                        DriverManager.getConnection(System.getProperty("seedbed.test.db.url"), properties);
                var query = connection.prepareStatement("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and application_name = 'PostgreSQL JDBC Driver'");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String api(String city, String path) {
        return "/c/" + city + "/api/v1" + path;
    }

    private static String district(long parentId, String nameZh, String nameEn) {
        return "{\"parentId\":%d,\"nameZh\":\"%s\",\"nameEn\":\"%s\"}".formatted(parentId, nameZh, nameEn);
    }

    private static long root(Http admin, String city) {
        JsonArray units = Http.array(admin.get(api(city, "/org-units")));
        return units.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject unit = Http.object(created);
        return unit.getJsonNumber("id").longValue();
    }
}

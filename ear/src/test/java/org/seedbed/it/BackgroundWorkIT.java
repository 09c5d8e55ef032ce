package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled work runs city by city, each in its own schema: the housekeeping purges exactly the
 * expired rows of each city, even when two cities hold rows with the same ids.
 */
@ExtendWith(ArquillianExtension.class)
class BackgroundWorkIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void housekeepingRunsInEveryCitysOwnSchema() throws Exception {
        String cityA = TestCities.uniqueSlug("house-a");
        String cityB = TestCities.uniqueSlug("house-b");
        TestCities.create(cityA, "甲市", "A");
        TestCities.create(cityB, "乙市", "B");
        String schemaA = "city_" + cityA.replace('-', '_');
        String schemaB = "city_" + cityB.replace('-', '_');
        insertExpiredLinks(schemaA, 3);
        insertExpiredLinks(schemaB, 5);
        insertFreshLink(schemaB);

        HttpResponse<String> response = new Http()
                .basic(TestCities.PLATFORM_ADMIN, TestCities.PLATFORM_PASSWORD)
                .postJson("/api/v1/platform/housekeeping", "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject purged = Http.object(response);
        assertThat(purged.getInt(cityA)).isEqualTo(3);
        assertThat(purged.getInt(cityB)).isEqualTo(5);
        assertThat(linkCount(schemaA)).isZero();
        assertThat(linkCount(schemaB)).isEqualTo(1);
    }

    private static void insertExpiredLinks(String schema, int count) throws Exception {
        try (Connection connection = connect();
                var insert = connection.prepareStatement("insert into " + schema + ".account_token"
                        + " (user_id, purpose, token_hash, created_at, expires_at)"
                        + " values (1, 'RESET_PASSWORD', md5(random()::text) || md5(random()::text),"
                        + " now() - interval '30 days', now() - interval '20 days')")) {
            for (int i = 0; i < count; i++) {
                insert.executeUpdate();
            }
        }
    }

    private static void insertFreshLink(String schema) throws Exception {
        try (Connection connection = connect();
                var insert = connection.prepareStatement(
                        "insert into " + schema + ".account_token"
                                + " (user_id, purpose, token_hash, created_at, expires_at)"
                                + " values (1, 'RESET_PASSWORD', md5(random()::text) || md5(random()::text), now(), now() + interval '1 hour')")) {
            insert.executeUpdate();
        }
    }

    private static int linkCount(String schema) throws Exception {
        try (Connection connection = connect();
                var query = connection.prepareStatement("select count(*) from " + schema + ".account_token");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("seedbed.test.db.url"),
                System.getProperty("seedbed.test.db.user"),
                System.getProperty("seedbed.test.db.password"));
    }
}

package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is tamper-evident: entries are chained by hash, the chain verifies while nobody
 * touched it, and an entry changed behind the application's back (straight in the database)
 * breaks it at that entry. The export carries the hashes.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.seedbed();
    }

    @Test
    void anEntryChangedInTheDatabaseBreaksTheChainThere() throws Exception {
        CallFixtures city = new CallFixtures("chain", "审计链市");
        city.publishedCall(
                "审计链测试创投",
                java.time.LocalDateTime.now(CallFixtures.SHANGHAI).plusDays(5).withNano(0));

        JsonObject intact = Http.object(city.admin.get(city.api("/audit/verification")));
        assertThat(intact.getBoolean("intact")).isTrue();
        assertThat(intact.getJsonNumber("entries").longValue()).isGreaterThan(3);
        String recent = city.admin.get(city.api("/audit?limit=500")).body();
        assertThat(recent).contains("\"entryHash\":\"", "\"previousHash\":\"");

        HttpResponse<byte[]> export = city.admin.getBytes(city.api("/audit/export.xlsx"));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith((byte) 'P', (byte) 'K');
        assertThat(city.officer.get(city.api("/audit/verification")).statusCode())
                .isEqualTo(403);

        long tampered;
        try (Connection connection = DriverManager.getConnection(
                        System.getProperty("seedbed.test.db.url"),
                        System.getProperty("seedbed.test.db.user"),
                        System.getProperty("seedbed.test.db.password"));
                var statement = connection.createStatement()) {
            String schema = "city_" + city.city.replace('-', '_');
            var rs = statement.executeQuery("select id from " + schema
                    + ".audit_entry where action = 'call.published' and chain_position is not null");
            assertThat(rs.next()).isTrue();
            tampered = rs.getLong(1);
            statement.executeUpdate(
                    "update " + schema + ".audit_entry set actor = 'someone-else' where id = " + tampered);
        }
        JsonObject broken = Http.object(city.admin.get(city.api("/audit/verification")));
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getJsonNumber("firstBrokenEntryId").longValue()).isEqualTo(tampered);
    }
}

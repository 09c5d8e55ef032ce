package org.seedbed.tenancy.control;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and migrates schemas with Flyway. The platform schema holds the city registry and the
 * platform's own accounts; every city schema holds one city's data. Both share the account and
 * audit tables ({@code db/common}). Must run outside a JTA transaction: Flyway commits itself.
 */
public final class SchemaMigrator {

    private static final String[] PLATFORM_LOCATIONS = {"classpath:db/common", "classpath:db/platform"};
    private static final String[] CITY_LOCATIONS = {"classpath:db/common", "classpath:db/city"};

    private SchemaMigrator() {}

    public static MigrateResult migratePlatform(DataSource dataSource) {
        return migrate(dataSource, TenantSlug.PLATFORM, PLATFORM_LOCATIONS);
    }

    public static MigrateResult migrateCity(DataSource dataSource, String schema) {
        return migrate(dataSource, schema, CITY_LOCATIONS);
    }

    private static MigrateResult migrate(DataSource dataSource, String schema, String[] locations) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(locations)
                .load()
                .migrate();
    }
}

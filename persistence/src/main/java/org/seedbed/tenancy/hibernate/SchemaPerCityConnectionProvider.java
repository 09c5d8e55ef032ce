package org.seedbed.tenancy.hibernate;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.seedbed.tenancy.control.CityRoute;
import org.seedbed.tenancy.control.TenantDirectory;
import org.seedbed.tenancy.control.TenantSlug;

/**
 * Hands Hibernate a connection already switched to the city's schema. The schema is set on every
 * acquisition and never reset on release: a pooled connection last used by another city is
 * always re-pointed before this city's first statement (under JTA the release happens after the
 * commit, where the pool would refuse a statement anyway).
 */
public class SchemaPerCityConnectionProvider implements MultiTenantConnectionProvider<String> {

    static final String PLATFORM_DATASOURCE = "java:jboss/datasources/SeedbedDS";

    private final ConcurrentMap<String, DataSource> dataSources = new ConcurrentHashMap<>();

    @Override
    public Connection getAnyConnection() throws SQLException {
        return pointedAt(dataSource(PLATFORM_DATASOURCE).getConnection(), TenantSlug.PLATFORM);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        if (TenantSlug.PLATFORM.equals(tenant)) {
            return getAnyConnection();
        }
        CityRoute route = CDI.current()
                .select(TenantDirectory.class)
                .get()
                .route(tenant)
                .orElseThrow(() -> new SQLException("no active city " + tenant));
        String jndi = route.hasOwnDatasource() ? route.datasource() : PLATFORM_DATASOURCE;
        return pointedAt(dataSource(jndi).getConnection(), route.schema());
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("cannot unwrap as " + type);
    }

    private static Connection pointedAt(Connection connection, String schema) throws SQLException {
        try {
            connection.setSchema(schema);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private DataSource dataSource(String jndiName) {
        return dataSources.computeIfAbsent(jndiName, name -> {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NamingException e) {
                throw new IllegalStateException("datasource " + name + " is not bound", e);
            }
        });
    }
}

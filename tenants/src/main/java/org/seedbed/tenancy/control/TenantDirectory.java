package org.seedbed.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The active cities, kept in memory because every request asks. Reloaded after this node
 * provisions or retires a city, on a miss (at most every few seconds, so that probing unknown
 * cities cannot flood the database) and periodically so that other nodes' changes arrive.
 */
@ApplicationScoped
public class TenantDirectory implements TenantRequest.CityLookup {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class);
    private static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final Duration MISS_RELOAD_INTERVAL = Duration.ofSeconds(2);

    @Resource(lookup = "java:jboss/datasources/SeedbedDS")
    DataSource platformDataSource;

    private volatile Snapshot snapshot = Snapshot.EMPTY;

    private record Snapshot(Map<String, CityRoute> bySlug, Map<String, String> slugByHost, Instant loadedAt) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Instant.EPOCH);
    }

    @Override
    public Optional<String> cityOfHost(String hostName) {
        String slug = current().slugByHost().get(hostName);
        if (slug == null && reloadAfterMiss()) {
            slug = snapshot.slugByHost().get(hostName);
        }
        return Optional.ofNullable(slug);
    }

    @Override
    public boolean isActiveCity(String slug) {
        return route(slug).isPresent();
    }

    public Optional<CityRoute> route(String slug) {
        CityRoute route = current().bySlug().get(slug);
        if (route == null && reloadAfterMiss()) {
            route = snapshot.bySlug().get(slug);
        }
        return Optional.ofNullable(route);
    }

    public Set<String> activeCities() {
        return new TreeSet<>(current().bySlug().keySet());
    }

    /** Reloads now; called after a city was created or retired on this node. */
    public synchronized void reload() {
        Map<String, CityRoute> bySlug = new HashMap<>();
        Map<String, String> slugByHost = new HashMap<>();
        try (Connection connection = platformDataSource.getConnection();
                PreparedStatement cities = connection.prepareStatement(
                        "select t.slug, t.schema_name, t.datasource, h.host_name from platform.tenant t"
                                + " left join platform.tenant_host h on h.tenant_slug = t.slug"
                                + " where t.status = 'ACTIVE'");
                ResultSet rows = cities.executeQuery()) {
            Map<String, Set<String>> hosts = new HashMap<>();
            Map<String, String[]> rest = new HashMap<>();
            while (rows.next()) {
                String slug = rows.getString(1);
                rest.putIfAbsent(slug, new String[] {rows.getString(2), rows.getString(3)});
                Set<String> names = hosts.computeIfAbsent(slug, s -> new TreeSet<>());
                if (rows.getString(4) != null) {
                    names.add(rows.getString(4));
                    slugByHost.put(rows.getString(4), slug);
                }
            }
            rest.forEach((slug, schemaAndDs) ->
                    bySlug.put(slug, new CityRoute(slug, schemaAndDs[0], schemaAndDs[1], hosts.get(slug))));
        } catch (SQLException e) {
            // Keep routing with what was known: a passing database error must not make every
            // city disappear. (Before the first migration there is simply nothing to route to.)
            LOG.warnf("city directory not reloaded, keeping the previous one: %s", e.getMessage());
            snapshot = new Snapshot(snapshot.bySlug(), snapshot.slugByHost(), Instant.now());
            return;
        }
        snapshot = new Snapshot(Map.copyOf(bySlug), Map.copyOf(slugByHost), Instant.now());
    }

    private Snapshot current() {
        Snapshot seen = snapshot;
        if (seen.loadedAt().plus(MAX_AGE).isBefore(Instant.now())) {
            reload();
            seen = snapshot;
        }
        return seen;
    }

    private boolean reloadAfterMiss() {
        if (snapshot.loadedAt().plus(MISS_RELOAD_INTERVAL).isBefore(Instant.now())) {
            reload();
            return true;
        }
        return false;
    }
}

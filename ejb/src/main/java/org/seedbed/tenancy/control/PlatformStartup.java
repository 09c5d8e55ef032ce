package org.seedbed.tenancy.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.seedbed.demo.control.DemoCities;
import org.seedbed.platform.Settings;

/**
 * Brings the database up to date before the first request: the platform schema, then every active
 * city's schema. Then makes sure a platform admin exists and, for the demo command only, seeds the
 * demo cities.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class);

    @Resource(lookup = "java:jboss/datasources/SeedbedDS")
    DataSource platformDataSource;

    @Inject
    TenantDirectory directory;

    @Inject
    CityProvisioner provisioner;

    @Inject
    PlatformAdmins platformAdmins;

    @Inject
    DemoCities demo;

    @Inject
    org.seedbed.search.control.CityIndex cityIndex;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        TenantContext.clear();
        SchemaMigrator.migratePlatform(platformDataSource);
        directory.reload();
        provisioner.migrateAll();
        directory.reload();
        for (String city : directory.activeCities()) {
            try {
                cityIndex.reindexIfEmpty(city);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("startup interrupted while reindexing " + city, e);
            }
        }
        platformAdmins.ensureOne();
        if (Settings.demoData()) {
            demo.seed();
        }
        LOG.infof(
                "Seedbed ready: %d active cities, migrated in %d ms",
                directory.activeCities().size(), (System.nanoTime() - started) / 1_000_000);
    }
}

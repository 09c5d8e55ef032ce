package org.seedbed.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.seedbed.account.control.AccountRules;
import org.seedbed.account.control.PasswordPolicy;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.boundary.CityCreated;
import org.seedbed.tenancy.boundary.CityView;
import org.seedbed.tenancy.boundary.NewCity;
import org.seedbed.tenancy.entity.Tenant;
import org.seedbed.tenancy.entity.TenantSpec;

/**
 * Creates and retires cities. Creation: registry row → schema created and migrated by Flyway →
 * root org unit and first city admin in the new schema; a failure after the first step removes
 * what was made. Retirement: export everything to a file, drop the schema, mark the row. Runs
 * outside a JTA transaction because Flyway and DDL commit on their own; the steps that need one
 * get theirs from {@link CitySetup}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CityProvisioner {

    private static final Logger LOG = Logger.getLogger(CityProvisioner.class);

    @Resource(lookup = "java:jboss/datasources/SeedbedDS")
    DataSource platformDataSource;

    @Inject
    CitySetup setup;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantDirectory directory;

    @Inject
    org.seedbed.search.control.CityIndex cityIndex;

    public CityCreated create(NewCity request, String actor) {
        long started = System.nanoTime();
        TenantSpec spec = request.city() == null ? null : request.city().withDefaults();
        NewCity normalized = new NewCity(
                spec,
                trim(request.adminUsername()),
                trim(request.adminEmail()),
                trim(request.adminName()),
                request.adminPassword());
        check(normalized);
        CityView view = setup.register(normalized, actor);
        directory.reload();
        long adminId;
        try {
            SchemaMigrator.migrateCity(dataSourceOf(spec.datasource()), view.schema());
            adminId = TenantContext.callAs(spec.slug(), () -> setup.seedCity(normalized, actor));
        } catch (Exception e) {
            LOG.errorf(e, "provisioning city %s failed; removing it", spec.slug());
            undo(spec, view.schema());
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("provisioning city " + spec.slug() + " failed", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("city %s provisioned in %d ms", spec.slug(), millis);
        return new CityCreated(view, adminId, millis);
    }

    /** Exports the city's data to a file, drops its schema, and marks it retired. */
    public CityView retire(String slug, String actor) {
        Tenant tenant =
                registry.find(slug).filter(Tenant::isActive).orElseThrow(() -> new NotFoundException("city", slug));
        setup.beginRetirement(slug);
        directory.reload();
        DataSource dataSource = dataSourceOf(tenant.datasource());
        Path export;
        try {
            export = CityExporter.exportCity(dataSource, slug, tenant.schemaName());
        } catch (SQLException | IOException e) {
            setup.cancelRetirement(slug);
            directory.reload();
            throw new IllegalStateException("exporting city " + slug + " failed; it stays active", e);
        }
        try {
            CityView retired = setup.markRetired(slug, export.toString(), actor);
            directory.reload();
            CityExporter.dropSchema(dataSource, tenant.schemaName());
            setup.recordSchemaDropped(slug, tenant.schemaName(), actor);
            cityIndex.purge(slug);
            LOG.infof("city %s retired; data exported to %s", slug, export);
            return retired;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "city " + slug + " is retired and exported to " + export + ", but dropping its schema failed", e);
        }
    }

    /** Migrates every active city's schema to the current version; called at startup. */
    public void migrateAll() {
        for (Tenant tenant : registry.active()) {
            SchemaMigrator.migrateCity(dataSourceOf(tenant.datasource()), tenant.schemaName());
        }
    }

    private void check(NewCity request) {
        if (request.city() == null) {
            throw InvalidInputException.of("city", "city.required");
        }
        List<FieldProblem> problems = new ArrayList<>(TenantSpecCheck.problemsOf(request.city()));
        String adminName = request.adminName() == null || request.adminName().isBlank()
                ? request.adminUsername()
                : request.adminName();
        AccountRules.problemsOf(request.adminUsername(), request.adminEmail(), adminName).stream()
                .map(p ->
                        FieldProblem.of("admin." + p.field(), p.key(), p.args().toArray()))
                .forEach(problems::add);
        if (request.adminPassword() != null && !request.adminPassword().isEmpty()) {
            PasswordPolicy.problemWith(request.adminPassword(), request.adminUsername(), request.adminEmail())
                    .map(p ->
                            FieldProblem.of("admin.password", p.key(), p.args().toArray()))
                    .ifPresent(problems::add);
        }
        if (request.city().datasource() != null && problems.isEmpty()) {
            try {
                dataSourceOf(request.city().datasource());
            } catch (IllegalStateException e) {
                problems.add(FieldProblem.of(
                        "datasource", "city.datasource.unbound", request.city().datasource()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (registry.find(request.city().slug()).isPresent()) {
            throw new ConflictException("city.slug.taken", request.city().slug());
        }
        for (String host : request.city().hostNames()) {
            if (registry.all().stream().anyMatch(t -> t.hostNames().contains(host))) {
                throw new ConflictException("city.hostName.taken", host);
            }
        }
    }

    private void undo(TenantSpec spec, String schema) {
        try {
            CityExporter.dropSchema(dataSourceOf(spec.datasource()), schema);
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "could not drop schema %s of failed city %s", schema, spec.slug());
        }
        setup.unregister(spec.slug());
        directory.reload();
    }

    private DataSource dataSourceOf(String jndiName) {
        if (jndiName == null) {
            return platformDataSource;
        }
        try {
            return (DataSource) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("datasource " + jndiName + " is not bound", e);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}

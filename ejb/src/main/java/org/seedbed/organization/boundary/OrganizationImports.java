package org.seedbed.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.seedbed.account.control.Callers;
import org.seedbed.organization.control.ImportJobs;
import org.seedbed.organization.control.RegistryImport;
import org.seedbed.platform.Settings;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.CityTasks;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Bulk import of organizations from a civil-affairs registry export (CSV or XLSX), run in the
 * background with progress. A dry run reports every row's problems and stores nothing; an import
 * stores all rows or, if any row has a problem, none. One import at a time per city.
 */
@Stateless
@RolesAllowed("CITY_ADMIN")
public class OrganizationImports {

    public static final long MAX_BYTES = 100L * 1024 * 1024;

    @Inject
    ImportJobs jobs;

    @Inject
    RegistryImport runner;

    @Inject
    CityTasks tasks;

    @Inject
    Callers callers;

    /**
     * Saves the upload and starts the job; the answer comes back at once, the work follows. No
     * transaction: a slow upload of a large file must not run into a transaction timeout.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJobView start(String fileName, InputStream content, boolean dryRun) {
        String city = TenantContext.currentCity().orElseThrow(() -> new NotFoundException("city", "-"));
        String name = fileName == null ? "organizations.csv" : fileName;
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!xlsx && !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw InvalidInputException.of("file", "import.format");
        }
        if (jobs.running(city)) {
            throw new ConflictException("import.alreadyRunning");
        }
        Path file = save(city, content, xlsx);
        ImportJobs.Job job = jobs.tryStart(city, callers.name(), name, dryRun).orElseThrow(() -> {
            deleteQuietly(file);
            return new ConflictException("import.alreadyRunning");
        });
        try {
            tasks.supplyAs(city, () -> {
                        runner.run(job, file, xlsx);
                        return null;
                    })
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            job.failed("error");
                            deleteQuietly(file);
                        }
                    });
        } catch (RuntimeException refused) {
            job.failed("error");
            deleteQuietly(file);
            throw refused;
        }
        return job.view();
    }

    public ImportJobView job(String id) {
        String city = TenantContext.currentCity().orElseThrow(() -> new NotFoundException("city", "-"));
        return jobs.find(city, id).map(ImportJobs.Job::view).orElseThrow(() -> new NotFoundException("import", id));
    }

    public List<ImportJobView> recent() {
        return jobs.ofCity(TenantContext.currentCity().orElseThrow(() -> new NotFoundException("city", "-")));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            org.jboss.logging.Logger.getLogger(OrganizationImports.class).warnf(e, "could not delete %s", file);
        }
    }

    private static Path save(String city, InputStream content, boolean xlsx) {
        try {
            Path folder = Settings.dataDir().resolve("cities").resolve(city).resolve("imports");
            Files.createDirectories(folder);
            Path file = Files.createTempFile(folder, "registry-", xlsx ? ".xlsx" : ".csv");
            long size;
            try (InputStream in = content) {
                size = Files.copy(
                        new org.apache.commons.io.input.BoundedInputStream.Builder()
                                .setInputStream(in)
                                .setMaxCount(MAX_BYTES + 1)
                                .get(),
                        file,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (size > MAX_BYTES) {
                Files.deleteIfExists(file);
                throw InvalidInputException.of("file", "import.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            if (size == 0) {
                Files.deleteIfExists(file);
                throw InvalidInputException.of("file", "document.empty");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

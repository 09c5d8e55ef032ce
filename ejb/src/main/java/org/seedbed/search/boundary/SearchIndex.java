package org.seedbed.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.search.control.ReindexJobs;
import org.seedbed.search.control.ReindexWorker;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantDirectory;

/**
 * Rebuilding the search index from the database: a city admin for their city, the platform admin
 * for any or all cities. Jobs run in the background and report progress; searches keep working.
 */
@Stateless
public class SearchIndex {

    @Inject
    ReindexJobs jobs;

    @Inject
    ReindexWorker worker;

    @Inject
    TenantDirectory directory;

    @Resource
    ManagedExecutorService executor;

    /** Starts reindexing the current city. */
    @RolesAllowed("CITY_ADMIN")
    public ReindexJobView reindexCity() {
        return start(List.of(currentCity()));
    }

    @RolesAllowed("CITY_ADMIN")
    public List<ReindexJobView> cityJobs() {
        return jobs.ofCity(currentCity());
    }

    @RolesAllowed("CITY_ADMIN")
    public ReindexJobView cityJob(String id) {
        String city = currentCity();
        return jobs.find(id)
                .map(ReindexJobs.Job::view)
                .filter(j -> j.cities().contains(city))
                .orElseThrow(() -> new NotFoundException("reindex", id));
    }

    /** Starts reindexing the named cities, or every active city when none is named. */
    @RolesAllowed("PLATFORM_ADMIN")
    public ReindexJobView reindexCities(List<String> cities) {
        List<String> active = directory.activeCities().stream().sorted().toList();
        if (cities == null || cities.isEmpty()) {
            return start(active);
        }
        for (String city : cities) {
            if (!active.contains(city)) {
                throw InvalidInputException.of("cities", "search.reindex.unknownCity", city);
            }
        }
        return start(cities.stream().distinct().toList());
    }

    @RolesAllowed("PLATFORM_ADMIN")
    public List<ReindexJobView> allJobs() {
        return jobs.all();
    }

    @RolesAllowed("PLATFORM_ADMIN")
    public ReindexJobView job(String id) {
        return jobs.find(id).map(ReindexJobs.Job::view).orElseThrow(() -> new NotFoundException("reindex", id));
    }

    private ReindexJobView start(List<String> cities) {
        ReindexJobs.Job job = jobs.tryStart(cities).orElseThrow(() -> new ConflictException("search.reindex.running"));
        executor.execute(() -> worker.run(job));
        return job.view();
    }

    private static String currentCity() {
        return TenantContext.currentCity().orElseThrow(() -> new NotFoundException("city", ""));
    }
}

package org.seedbed.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.seedbed.organization.boundary.ImportJobView;
import org.seedbed.organization.boundary.ImportJobView.Phase;
import org.seedbed.organization.boundary.ImportJobView.RowProblem;

/**
 * Running and recent imports, per city, in memory: progress for pages and API polls. A job is
 * found only from the city that started it; finished jobs are forgotten after a day.
 */
@ApplicationScoped
public class ImportJobs {

    /** Problems listed in a report; more are counted but not listed. */
    public static final int LISTED_PROBLEMS = 2000;

    private static final Duration KEPT = Duration.ofDays(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** One import's mutable state; readers get {@link #view()} snapshots. */
    public final class Job {
        final String id = UUID.randomUUID().toString();
        final String city;
        final String owner;
        final String fileName;
        final boolean dryRun;
        final Instant startedAt = Instant.now(clock);
        volatile Phase phase = Phase.QUEUED;
        volatile int processed;
        volatile int total;
        volatile Instant finishedAt;
        volatile int rows;
        volatile int validRows;
        volatile int created;
        volatile boolean applied;
        volatile String failure;
        final List<RowProblem> problems = new ArrayList<>();
        volatile int problemCount;

        Job(String city, String owner, String fileName, boolean dryRun) {
            this.city = city;
            this.owner = owner;
            this.fileName = fileName;
            this.dryRun = dryRun;
        }

        public String id() {
            return id;
        }

        public String owner() {
            return owner;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public void phase(Phase newPhase, int newTotal) {
            phase = newPhase;
            total = newTotal;
            processed = 0;
        }

        public void progress(int done) {
            processed = done;
        }

        public synchronized void problem(RowProblem problem) {
            problemCount++;
            if (problems.size() < LISTED_PROBLEMS) {
                problems.add(problem);
            }
        }

        public void checked(int allRows, int valid) {
            rows = allRows;
            validRows = valid;
        }

        public void done(int createdRows, boolean wasApplied) {
            created = createdRows;
            applied = wasApplied;
            finishedAt = Instant.now(clock);
            phase = Phase.DONE;
        }

        public void failed(String reason) {
            failure = reason;
            finishedAt = Instant.now(clock);
            phase = Phase.FAILED;
        }

        public synchronized ImportJobView view() {
            return new ImportJobView(
                    id,
                    fileName,
                    dryRun,
                    phase,
                    processed,
                    total,
                    startedAt,
                    finishedAt,
                    rows,
                    validRows,
                    rows - validRows,
                    created,
                    applied,
                    List.copyOf(problems),
                    problemCount,
                    failure);
        }
    }

    /** Registers a new job unless the city already runs one (checked and registered atomically). */
    public synchronized Optional<Job> tryStart(String city, String owner, String fileName, boolean dryRun) {
        forgetOld();
        if (running(city)) {
            return Optional.empty();
        }
        Job job = new Job(city, owner, fileName, dryRun);
        jobs.put(job.id, job);
        return Optional.of(job);
    }

    public Optional<Job> find(String city, String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.city.equals(city));
    }

    public List<ImportJobView> ofCity(String city) {
        return jobs.values().stream()
                .filter(j -> j.city.equals(city))
                .sorted((a, b) -> b.startedAt.compareTo(a.startedAt))
                .map(Job::view)
                .toList();
    }

    public boolean running(String city) {
        return jobs.values().stream()
                .anyMatch(j -> j.city.equals(city) && !j.view().finished());
    }

    private void forgetOld() {
        Instant horizon = Instant.now(clock).minus(KEPT);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(horizon));
    }
}

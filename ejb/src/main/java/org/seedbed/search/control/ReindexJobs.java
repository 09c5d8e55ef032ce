package org.seedbed.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.seedbed.search.boundary.ReindexJobView;
import org.seedbed.search.boundary.ReindexJobView.CityResult;
import org.seedbed.search.boundary.ReindexJobView.Phase;
import org.seedbed.search.indexing.IndexProgress;

/**
 * Running and recent reindex jobs, in memory, for progress bars and polls. A city is reindexed by
 * one job at a time; finished jobs are forgotten after a day.
 */
@ApplicationScoped
public class ReindexJobs {

    private static final Duration KEPT = Duration.ofDays(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** One job's mutable state; readers get {@link #view()} snapshots. */
    public final class Job implements IndexProgress {
        final String id = UUID.randomUUID().toString();
        final List<String> cities;
        final Instant startedAt = Instant.now(clock);
        final AtomicLong total = new AtomicLong();
        final AtomicLong indexed = new AtomicLong();
        final AtomicLong removed = new AtomicLong();
        final List<CityResult> done = new ArrayList<>();
        volatile Phase phase = Phase.QUEUED;
        volatile String currentCity;
        volatile long indexingStartedNanos;
        volatile long indexingNanos;
        volatile Instant finishedAt;
        volatile String failure;

        Job(List<String> cities) {
            this.cities = List.copyOf(cities);
        }

        public String id() {
            return id;
        }

        public List<String> cities() {
            return cities;
        }

        public void cityStarted(String city) {
            currentCity = city;
            if (phase == Phase.QUEUED) {
                phase = Phase.INDEXING;
                indexingStartedNanos = System.nanoTime();
            }
        }

        public synchronized void cityDone(String city, long documents, long leftovers, long millis) {
            done.add(new CityResult(city, documents, leftovers, millis));
        }

        @Override
        public void toIndex(long documents) {
            total.addAndGet(documents);
        }

        @Override
        public void indexed(long documents) {
            indexed.addAndGet(documents);
        }

        @Override
        public void removed(long documents) {
            removed.addAndGet(documents);
        }

        public void finished() {
            indexingNanos = System.nanoTime() - indexingStartedNanos;
            currentCity = null;
            finishedAt = Instant.now(clock);
            phase = Phase.DONE;
        }

        public void failed(String reason) {
            indexingNanos = System.nanoTime() - indexingStartedNanos;
            failure = reason;
            finishedAt = Instant.now(clock);
            phase = Phase.FAILED;
        }

        public synchronized ReindexJobView view() {
            long written = indexed.get();
            long known = Math.max(total.get(), written);
            long nanos = finishedAt != null
                    ? indexingNanos
                    : (phase == Phase.QUEUED ? 0 : System.nanoTime() - indexingStartedNanos);
            int percent = phase == Phase.DONE ? 100 : known == 0 ? 0 : (int) Math.min(99, written * 100 / known);
            return new ReindexJobView(
                    id,
                    cities,
                    currentCity,
                    phase,
                    known,
                    written,
                    removed.get(),
                    percent,
                    nanos <= 0 ? 0 : Math.round(written / (nanos / 1e9)),
                    List.copyOf(done),
                    startedAt,
                    finishedAt,
                    failure);
        }

        boolean covers(Collection<String> others) {
            return !finishedOrFailed() && others.stream().anyMatch(cities::contains);
        }

        private boolean finishedOrFailed() {
            return phase == Phase.DONE || phase == Phase.FAILED;
        }
    }

    /** Registers a job unless one of its cities is being reindexed already (checked atomically). */
    public synchronized Optional<Job> tryStart(List<String> cities) {
        forgetOld();
        if (jobs.values().stream().anyMatch(j -> j.covers(cities))) {
            return Optional.empty();
        }
        Job job = new Job(cities);
        jobs.put(job.id, job);
        return Optional.of(job);
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /** Jobs that cover the city, newest first. */
    public List<ReindexJobView> ofCity(String city) {
        return all().stream().filter(j -> j.cities().contains(city)).toList();
    }

    public List<ReindexJobView> all() {
        return jobs.values().stream()
                .sorted((a, b) -> b.startedAt.compareTo(a.startedAt))
                .map(Job::view)
                .toList();
    }

    private void forgetOld() {
        Instant horizon = Instant.now(clock).minus(KEPT);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(horizon));
    }
}

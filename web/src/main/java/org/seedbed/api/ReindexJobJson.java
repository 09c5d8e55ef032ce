package org.seedbed.api;

import java.time.Instant;
import java.util.List;
import org.seedbed.search.boundary.ReindexJobView;

/**
 * A reindex job as the API shows it: the job's view plus {@code finished}, so that a client
 * polling it needs no list of phases.
 */
public record ReindexJobJson(
        String id,
        List<String> cities,
        String currentCity,
        String phase,
        boolean finished,
        long total,
        long indexed,
        long removed,
        int percent,
        long documentsPerSecond,
        List<ReindexJobView.CityResult> done,
        Instant startedAt,
        Instant finishedAt,
        String failure) {

    static ReindexJobJson of(ReindexJobView job) {
        return new ReindexJobJson(
                job.id(),
                job.cities(),
                job.currentCity(),
                job.phase().name(),
                job.finished(),
                job.total(),
                job.indexed(),
                job.removed(),
                job.percent(),
                job.documentsPerSecond(),
                job.done(),
                job.startedAt(),
                job.finishedAt(),
                job.failure());
    }
}

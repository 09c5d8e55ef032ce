package org.seedbed.search.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A reindex job as pages and the API show it: the cities it covers, which one it is on, and how
 * many documents are written of how many known so far.
 */
public record ReindexJobView(
        String id,
        List<String> cities,
        String currentCity,
        Phase phase,
        long total,
        long indexed,
        long removed,
        int percent,
        long documentsPerSecond,
        List<CityResult> done,
        Instant startedAt,
        Instant finishedAt,
        String failure) {

    public enum Phase {
        QUEUED,
        INDEXING,
        DONE,
        FAILED
    }

    /** One finished city: documents written, leftovers removed, time taken. */
    public record CityResult(String city, long documents, long removed, long millis) {}

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }
}

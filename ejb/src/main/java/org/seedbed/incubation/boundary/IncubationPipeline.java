package org.seedbed.incubation.boundary;

import java.util.List;
import java.util.Map;

/**
 * The incubation pipeline for the dashboard: counts by stage in the city and per incubator, and
 * the mean capacity score of first and latest assessments (growth).
 */
public record IncubationPipeline(
        Map<String, Long> byStatus, List<IncubatorLoad> incubators, Double meanFirstScore, Double meanLatestScore) {

    /** One incubator's applications, incubatees and graduates. */
    public record IncubatorLoad(
            long incubatorId,
            String nameZh,
            String nameEn,
            long applied,
            long incubating,
            long graduated,
            int workstations) {}
}

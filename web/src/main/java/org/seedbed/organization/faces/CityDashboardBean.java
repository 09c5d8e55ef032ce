package org.seedbed.organization.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.IncubationPipeline;
import org.seedbed.incubation.boundary.IncubationPipeline.IncubatorLoad;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.organization.boundary.OrganizationStatistics;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.problem.SeedbedProblem;

/**
 * The city dashboard for staff (staff/dashboard.xhtml): organizations by kind, service area,
 * district, founding year and status; the incubation pipeline by stage and per incubator; and
 * how capacity scores grew between first and latest assessment.
 */
@Named
@RequestScoped
public class CityDashboardBean {

    @Inject
    Organizations organizations;

    @Inject
    Incubations incubations;

    @Inject
    Language language;

    private OrganizationStatistics statistics;
    private IncubationPipeline pipeline;

    @PostConstruct
    void load() {
        try {
            statistics = organizations.statistics();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        try {
            pipeline = incubations.pipeline();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public boolean isHasOrganizations() {
        return statistics != null && statistics.total() > 0;
    }

    public long getTotal() {
        return statistics == null ? 0 : statistics.total();
    }

    public long statusCount(String status) {
        return statistics == null ? 0 : statistics.byStatus().getOrDefault(status, 0L);
    }

    public String getKindChart() {
        Map<String, Long> counts = statistics.byKind();
        return ChartJson.doughnut(labels(counts, "kind."), values(counts));
    }

    public String getAreaChart() {
        Map<String, Long> counts = statistics.byArea();
        return ChartJson.bar(labels(counts, "area."), Texts.text("dashboard.city.organizations"), values(counts), true);
    }

    public String getDistrictChart() {
        Map<String, Long> counts = statistics.byDistrict();
        List<String> names = counts.keySet().stream().map(this::districtName).toList();
        return ChartJson.bar(names, Texts.text("dashboard.city.organizations"), values(counts), false);
    }

    public String getYearChart() {
        Map<String, Long> counts = statistics.registeredByYear();
        return ChartJson.line(List.copyOf(counts.keySet()), Texts.text("dashboard.city.founded"), values(counts));
    }

    public boolean isHasIncubations() {
        return pipeline != null
                && (pipeline.byStatus().values().stream().anyMatch(n -> n > 0)
                        || !pipeline.incubators().isEmpty());
    }

    public String getStageChart() {
        Map<String, Long> counts = pipeline.byStatus();
        return ChartJson.bar(
                labels(counts, "incubationStatus."), Texts.text("dashboard.city.incubations"), values(counts), false);
    }

    public boolean isHasIncubators() {
        return pipeline != null && !pipeline.incubators().isEmpty();
    }

    /** Applied, incubating and graduated pile up per incubator; its workstations stand beside them. */
    public String getIncubatorChart() {
        List<IncubatorLoad> loads = pipeline.incubators();
        Locale locale = language.getLocale();
        List<String> names = loads.stream()
                .map(l -> "zh".equals(locale.getLanguage())
                                || l.nameEn() == null
                                || l.nameEn().isBlank()
                        ? l.nameZh()
                        : l.nameEn())
                .toList();
        List<ChartJson.Series> series = new ArrayList<>();
        series.add(series("incubationStatus.APPLIED", "load", loads, IncubatorLoad::applied, ChartJson.PALETTE.get(4)));
        series.add(series(
                "incubationStatus.INCUBATING", "load", loads, IncubatorLoad::incubating, ChartJson.PALETTE.get(1)));
        series.add(series(
                "incubationStatus.GRADUATED", "load", loads, IncubatorLoad::graduated, ChartJson.PALETTE.get(6)));
        series.add(series(
                "dashboard.city.workstations",
                "capacity",
                loads,
                l -> (long) l.workstations(),
                ChartJson.PALETTE.get(3)));
        return ChartJson.stacked(names, series);
    }

    /** The mean score of first assessments, one decimal, or a dash when none was made. */
    public String getMeanFirstScore() {
        return score(pipeline == null ? null : pipeline.meanFirstScore());
    }

    public String getMeanLatestScore() {
        return score(pipeline == null ? null : pipeline.meanLatestScore());
    }

    /** The change from first to latest, signed ("+6.5"), or empty when either is missing. */
    public String getScoreChange() {
        if (pipeline == null || pipeline.meanFirstScore() == null || pipeline.meanLatestScore() == null) {
            return "";
        }
        double change = pipeline.meanLatestScore() - pipeline.meanFirstScore();
        return String.format(Locale.ROOT, "%+.1f", change);
    }

    private static ChartJson.Series series(
            String labelKey,
            String stack,
            List<IncubatorLoad> loads,
            Function<IncubatorLoad, Long> count,
            String color) {
        return new ChartJson.Series(
                Texts.text(labelKey), stack, loads.stream().map(count).toList(), color);
    }

    private static String score(Double value) {
        return value == null ? Texts.text("common.none") : String.format(Locale.ROOT, "%.1f", value);
    }

    private static List<String> labels(Map<String, Long> counts, String prefix) {
        return counts.keySet().stream().map(k -> Texts.text(prefix + k)).toList();
    }

    private static List<Long> values(Map<String, Long> counts) {
        return List.copyOf(counts.values());
    }

    /** District keys are "Chinese name|English name". */
    private String districtName(String key) {
        int bar = key.indexOf('|');
        String zh = bar < 0 ? key : key.substring(0, bar);
        String en = bar < 0 ? "" : key.substring(bar + 1);
        return "zh".equals(language.getLocale().getLanguage()) || en.isBlank() ? zh : en;
    }
}

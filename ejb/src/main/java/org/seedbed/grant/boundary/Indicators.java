package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.grant.control.GrantRecords;
import org.seedbed.grant.control.GrantViews;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantIndicator;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.OutcomeIndicator;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * The city's catalogue of outcome indicators, so that results compare across projects, calls and
 * years, and their totals over grants by category, org unit or year: targets, and the actuals of
 * each grant's latest approved report.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Indicators {

    /** How the totals are grouped. */
    public enum Grouping {
        CATEGORY,
        ORG_UNIT,
        YEAR
    }

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER", "EVALUATOR"})
    public List<IndicatorView> catalogue() {
        return em
                .createQuery("select i from OutcomeIndicator i order by i.active desc, i.id", OutcomeIndicator.class)
                .getResultList()
                .stream()
                .map(Indicators::view)
                .toList();
    }

    @RolesAllowed("CITY_ADMIN")
    public IndicatorView add(IndicatorView given) {
        String code = given == null || given.code() == null
                ? ""
                : given.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw InvalidInputException.of("code", "indicator.code.invalid");
        }
        if (blank(given.nameZh()) || blank(given.nameEn()) || blank(given.unitZh()) || blank(given.unitEn())) {
            throw InvalidInputException.of("nameZh", "indicator.names.required");
        }
        if (!em.createQuery("select i from OutcomeIndicator i where i.code = :code", OutcomeIndicator.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("indicator.exists", code);
        }
        OutcomeIndicator indicator = new OutcomeIndicator(
                code,
                given.nameZh().strip(),
                given.nameEn().strip(),
                given.unitZh().strip(),
                given.unitEn().strip(),
                Instant.now(clock));
        em.persist(indicator);
        em.flush();
        audit.record("indicator.added", "indicator", indicator.id(), null, view(indicator));
        return view(indicator);
    }

    /** Retires an indicator from new grants, or brings it back; grants that use it keep it. */
    @RolesAllowed("CITY_ADMIN")
    public IndicatorView setActive(String code, boolean active) {
        OutcomeIndicator indicator = em.createQuery(
                        "select i from OutcomeIndicator i where i.code = :code", OutcomeIndicator.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("indicator", code));
        IndicatorView before = view(indicator);
        if (active) {
            indicator.reactivate();
        } else {
            indicator.retire();
        }
        em.flush();
        audit.record(
                "indicator." + (active ? "reactivated" : "retired"),
                "indicator",
                indicator.id(),
                before,
                view(indicator));
        return view(indicator);
    }

    /** Every indicator used by a grant, summed by category, by the call's org unit, or by the grant's starting year. */
    public List<IndicatorTotals> totals(Grouping grouping) {
        Grouping by = grouping == null ? Grouping.CATEGORY : grouping;
        Map<Long, JsonObject> actuals = latestActuals();
        Function<Grant, String> key =
                switch (by) {
                    case CATEGORY ->
                        g -> g.submission().categoryCode() == null
                                ? "-"
                                : g.submission().categoryCode();
                    case ORG_UNIT ->
                        g -> g.call().orgUnit() == null
                                ? "-"
                                : g.call().orgUnit().nameZh();
                    case YEAR ->
                        g -> g.startsOn() == null
                                ? "-"
                                : String.valueOf(g.startsOn().getYear());
                };
        Map<String, Map<String, BigDecimal[]>> sums = new LinkedHashMap<>();
        Map<String, OutcomeIndicator> indicators = new TreeMap<>();
        for (GrantIndicator target : em.createQuery(
                        "select t from GrantIndicator t join fetch t.indicator join fetch t.grant",
                        GrantIndicator.class)
                .getResultList()) {
            Grant grant = target.grant();
            if (grant.status() == Grant.Status.TERMINATED) {
                continue;
            }
            OutcomeIndicator indicator = target.indicator();
            indicators.put(indicator.code(), indicator);
            BigDecimal[] sum = sums.computeIfAbsent(indicator.code(), c -> new TreeMap<>())
                    .computeIfAbsent(key.apply(grant), k ->
                            new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(target.target());
            JsonObject reported = actuals.get(grant.id());
            if (reported != null && reported.containsKey(indicator.code())) {
                sum[1] = sum[1].add(reported.getJsonNumber(indicator.code()).bigDecimalValue());
            }
            sum[2] = sum[2].add(BigDecimal.ONE);
        }
        List<IndicatorTotals> totals = new ArrayList<>();
        for (var indicator : indicators.values()) {
            List<IndicatorTotals.Group> groups = new ArrayList<>();
            sums.get(indicator.code())
                    .forEach((group, sum) ->
                            groups.add(new IndicatorTotals.Group(group, sum[0], sum[1], sum[2].intValue())));
            totals.add(new IndicatorTotals(
                    indicator.code(),
                    indicator.nameZh(),
                    indicator.nameEn(),
                    indicator.unitZh(),
                    indicator.unitEn(),
                    groups));
        }
        return totals;
    }

    /** Each grant's actuals from its latest approved report that gives any. */
    private Map<Long, JsonObject> latestActuals() {
        Map<Long, JsonObject> latest = new LinkedHashMap<>();
        for (GrantReport report : em.createQuery(
                        "select r from GrantReport r where r.status = :approved order by r.dueOn, r.id",
                        GrantReport.class)
                .setParameter("approved", GrantReport.Status.APPROVED)
                .getResultList()) {
            JsonObject actuals = GrantRecords.object(report.indicatorActuals());
            if (!actuals.isEmpty()) {
                latest.put(report.grant().id(), actuals);
            }
        }
        return latest;
    }

    private static IndicatorView view(OutcomeIndicator i) {
        return new IndicatorView(i.id(), i.code(), i.nameZh(), i.nameEn(), i.unitZh(), i.unitEn(), i.active());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.seedbed.grant.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.export.control.Spreadsheets;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.IndicatorTotals;
import org.seedbed.grant.boundary.IndicatorView;
import org.seedbed.grant.boundary.Indicators;
import org.seedbed.organization.entity.ServiceArea;
import org.seedbed.problem.SeedbedProblem;

/**
 * Outcome indicators staff/indicators.xhtml: for every indicator that grants set targets for, the
 * summed targets against the actuals of each grant's latest approved report, grouped by category,
 * org unit or starting year, as cards with a chart, one table and its spreadsheet; and the city's
 * catalogue of indicators, which city admins extend, retire and bring back.
 */
@Named
@ViewScoped
public class IndicatorDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Set<String> AREAS =
            Arrays.stream(ServiceArea.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** The key the totals give grants without a category, org unit or start date. */
    private static final String NO_GROUP = "-";

    @Inject
    Indicators indicators;

    @Inject
    Calls calls;

    @Inject
    Language language;

    private Indicators.Grouping grouping = Indicators.Grouping.CATEGORY;
    private List<Card> cards;
    private List<IndicatorView> catalogue;
    private Map<String, String> categoryNames;
    private Map<String, String> orgUnitNames;

    private String code;
    private String nameZh;
    private String nameEn;
    private String unitZh;
    private String unitEn;

    /** One indicator summed over grants: its totals, one row per group and the chart of the groups. */
    public record Card(
            String code,
            String name,
            String unit,
            BigDecimal target,
            BigDecimal actual,
            Integer percent,
            int grants,
            List<Group> groups,
            String chart) {

        /** The width of the progress bar: over-achievement still fills it only once. */
        public int bar() {
            return percent == null ? 0 : Math.min(100, percent);
        }
    }

    /** One group's sums for an indicator, with the group's name in the page's language. */
    public record Group(String label, BigDecimal target, BigDecimal actual, Integer percent, int grants) {}

    // ---------------------------------------------------------------- results

    public List<Card> getCards() {
        if (cards == null) {
            try {
                cards = indicators.totals(grouping).stream().map(this::card).toList();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                cards = List.of();
            }
        }
        return cards;
    }

    private Card card(IndicatorTotals totals) {
        Locale locale = language.getLocale();
        List<Group> groups = new ArrayList<>();
        BigDecimal target = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        int grants = 0;
        for (IndicatorTotals.Group g : totals.groups()) {
            groups.add(new Group(
                    groupLabel(g.key()), g.target(), g.actual(), percent(g.actual(), g.target()), g.grants()));
            target = target.add(g.target() == null ? BigDecimal.ZERO : g.target());
            actual = actual.add(g.actual() == null ? BigDecimal.ZERO : g.actual());
            grants += g.grants();
        }
        String unit = GrantTexts.pick(totals.unitZh(), totals.unitEn(), locale);
        String chart = IndicatorCharts.targetVsActual(
                groups.stream().map(Group::label).toList(),
                Texts.text("indicators.chart.target"),
                groups.stream().map(Group::target).toList(),
                Texts.text("indicators.chart.actual"),
                groups.stream().map(Group::actual).toList(),
                unit);
        return new Card(
                totals.code(),
                GrantTexts.pick(totals.nameZh(), totals.nameEn(), locale),
                unit,
                target,
                actual,
                percent(actual, target),
                grants,
                groups,
                chart);
    }

    /**
     * Categories read as the service area of the same code where there is one, else as the newest
     * call that defines the code names it; org units come as their Chinese names and read in the
     * page's language where a call knows the English one.
     */
    private String groupLabel(String key) {
        if (key == null || NO_GROUP.equals(key)) {
            return Texts.text("indicators.group.none." + grouping.name());
        }
        return switch (grouping) {
            case CATEGORY ->
                AREAS.contains(key) ? Texts.text("area." + key) : callNames().getOrDefault(key, key);
            case ORG_UNIT -> orgUnitNames().getOrDefault(key, key);
            case YEAR -> key;
        };
    }

    private Map<String, String> callNames() {
        if (categoryNames == null) {
            loadCallNames();
        }
        return categoryNames;
    }

    private Map<String, String> orgUnitNames() {
        if (orgUnitNames == null) {
            loadCallNames();
        }
        return orgUnitNames;
    }

    private void loadCallNames() {
        Locale locale = language.getLocale();
        categoryNames = new HashMap<>();
        orgUnitNames = new HashMap<>();
        try {
            for (CallView call : calls.all()) {
                if (call.categories() != null) {
                    for (CategoryForm category : call.categories()) {
                        if (category.code() != null && category.nameZh() != null) {
                            categoryNames.putIfAbsent(category.code(), category.name(locale));
                        }
                    }
                }
                if (call.orgUnitNameZh() != null) {
                    orgUnitNames.putIfAbsent(call.orgUnitNameZh(), call.orgUnitName(locale));
                }
            }
        } catch (SeedbedProblem problem) {
            // The codes and Chinese names stand in; the figures matter more than their labels.
            Texts.problem(problem);
        }
    }

    /** Reached over target in whole percent, rounded down; above 100 when a target was exceeded. */
    static Integer percent(BigDecimal actual, BigDecimal target) {
        if (target == null || target.signum() <= 0) {
            return null;
        }
        BigDecimal reached = actual == null ? BigDecimal.ZERO : actual.max(BigDecimal.ZERO);
        return reached.multiply(HUNDRED).divide(target, 0, RoundingMode.DOWN).intValue();
    }

    /** A target or actual as the page's language writes numbers, with at most two decimals. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** How many grants of the table report an indicator, for the catalogue. */
    public int grantsUsing(String indicatorCode) {
        return getCards().stream()
                .filter(c -> c.code().equals(indicatorCode))
                .mapToInt(Card::grants)
                .sum();
    }

    public Indicators.Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Indicators.Grouping grouping) {
        this.grouping = grouping == null ? Indicators.Grouping.CATEGORY : grouping;
        cards = null;
    }

    public List<Indicators.Grouping> getGroupings() {
        return List.of(Indicators.Grouping.values());
    }

    /** The table's figures as a spreadsheet, grouped as the page shows them. */
    public StreamedContent getExport() {
        List<String> columns = List.of(
                Texts.text("indicators.column.code"),
                Texts.text("indicators.column.indicator"),
                Texts.text("indicators.column.unit"),
                Texts.text("indicators.group." + grouping.name()),
                Texts.text("indicators.column.target"),
                Texts.text("indicators.column.actual"),
                Texts.text("indicators.column.percent"),
                Texts.text("indicators.column.grants"));
        List<List<Object>> rows = new ArrayList<>();
        for (Card card : getCards()) {
            for (Group group : card.groups()) {
                List<Object> row = new ArrayList<>();
                row.add(card.code());
                row.add(card.name());
                row.add(card.unit());
                row.add(group.label());
                row.add(group.target());
                row.add(group.actual());
                // A group without a target has no percentage: the cell stays empty.
                row.add(group.percent());
                row.add(group.grants());
                rows.add(row);
            }
        }
        byte[] xlsx = Spreadsheets.xlsx(Texts.text("indicators.export.sheet"), columns, rows);
        return DefaultStreamedContent.builder()
                .name("indicators-" + grouping.name().toLowerCase(Locale.ROOT) + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) xlsx.length)
                .stream(() -> new ByteArrayInputStream(xlsx))
                .build();
    }

    // ---------------------------------------------------------------- catalogue

    public List<IndicatorView> getCatalogue() {
        if (catalogue == null) {
            try {
                catalogue = indicators.catalogue();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                catalogue = List.of();
            }
        }
        return catalogue;
    }

    public String name(IndicatorView indicator) {
        return GrantTexts.pick(indicator.nameZh(), indicator.nameEn(), language.getLocale());
    }

    /** Adds the indicator of the form to the catalogue (city admins only) and empties the form. */
    public void add() {
        try {
            IndicatorView added = indicators.add(new IndicatorView(0, code, nameZh, nameEn, unitZh, unitEn, true));
            Texts.info("indicators.add.done", name(added), added.code());
            code = null;
            nameZh = null;
            nameEn = null;
            unitZh = null;
            unitEn = null;
            catalogue = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Keeps the indicator from new grants; grants that have a target for it keep it. */
    public void retire(IndicatorView indicator) {
        setActive(indicator, false, "indicators.retire.done");
    }

    public void reactivate(IndicatorView indicator) {
        setActive(indicator, true, "indicators.reactivate.done");
    }

    private void setActive(IndicatorView indicator, boolean active, String doneKey) {
        try {
            IndicatorView changed = indicators.setActive(indicator.code(), active);
            Texts.info(doneKey, name(changed));
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        // Reloaded either way: after a problem the table shows where the indicator stands now.
        catalogue = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getUnitZh() {
        return unitZh;
    }

    public void setUnitZh(String unitZh) {
        this.unitZh = unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }
}

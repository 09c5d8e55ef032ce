package org.seedbed.dashboard.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.seedbed.dashboard.boundary.CityFunding;
import org.seedbed.dashboard.boundary.FundingFigures;
import org.seedbed.dashboard.boundary.FundingFigures.Row;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;

/**
 * The money sections of the city dashboard (staff/dashboard.xhtml): requested, awarded and
 * disbursed by category, district and year; donations and matches of the last twelve months;
 * the totals as figures. Amounts are shown by {@code callFormat.money}.
 */
@Named
@RequestScoped
public class FundingDashboardBean {

    @Inject
    CityFunding funding;

    @Inject
    Language language;

    private FundingFigures figures;

    @PostConstruct
    void load() {
        try {
            figures = funding.figures();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public boolean isHasFunding() {
        return figures != null
                && (figures.totals().requestedMinor() != 0
                        || figures.totals().awardedMinor() != 0
                        || figures.totals().disbursedMinor() != 0);
    }

    public boolean isHasGiving() {
        return figures != null
                && (figures.totals().donatedMinor() != 0 || figures.totals().matchedMinor() != 0);
    }

    public String getCurrency() {
        return figures == null ? "CNY" : figures.currency();
    }

    public BigDecimal getRequested() {
        return figures == null ? BigDecimal.ZERO : major(figures.totals().requestedMinor());
    }

    public BigDecimal getAwarded() {
        return figures == null ? BigDecimal.ZERO : major(figures.totals().awardedMinor());
    }

    public BigDecimal getDisbursed() {
        return figures == null ? BigDecimal.ZERO : major(figures.totals().disbursedMinor());
    }

    public BigDecimal getDonated() {
        return figures == null ? BigDecimal.ZERO : major(figures.totals().donatedMinor());
    }

    public BigDecimal getMatched() {
        return figures == null ? BigDecimal.ZERO : major(figures.totals().matchedMinor());
    }

    /** What the campaigns received in all: donations and matches together. */
    public BigDecimal getRaised() {
        return getDonated().add(getMatched());
    }

    public String getCategoryChart() {
        return grouped(figures.byCategory(), "dashboard.funding.uncategorized");
    }

    public String getDistrictChart() {
        return grouped(figures.byDistrict(), "dashboard.funding.unknownUnit");
    }

    public String getYearChart() {
        return grouped(figures.byYear(), "common.none");
    }

    public String getGivingChart() {
        return FundingCharts.giving(
                figures.months(),
                figures.currency(),
                Texts.text("dashboard.giving.donated"),
                Texts.text("dashboard.giving.matched"));
    }

    private String grouped(List<Row> rows, String unnamedKey) {
        String unnamed = Texts.text(unnamedKey);
        List<String> labels = rows.stream()
                .map(row -> FundingCharts.name(row, language.isChinese(), unnamed))
                .toList();
        return FundingCharts.grouped(
                labels,
                rows,
                figures.currency(),
                Texts.text("dashboard.funding.requested"),
                Texts.text("dashboard.funding.awarded"),
                Texts.text("dashboard.funding.disbursed"));
    }

    private BigDecimal major(long minor) {
        return FundingCharts.major(minor, figures.currency());
    }
}

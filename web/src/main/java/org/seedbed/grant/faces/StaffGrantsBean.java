package org.seedbed.grant.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.boundary.Reports;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Officers' grant portfolio staff/grants.xhtml: the grants filtered by status, call and text, their
 * money in figures and a chart, the export of what is shown, and the reports waiting for review,
 * approved or sent back from the page. {@link StaffAwardBean} makes grants from final awards.
 */
@Named
@ViewScoped
public class StaffGrantsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BY_STATUS = "status";
    static final String BY_CALL = "call";

    @Inject
    Grants grants;

    @Inject
    Reports reports;

    @Inject
    Calls calls;

    @Inject
    Language language;

    @Inject
    CityCalendar calendar;

    private Grant.Status status;
    private Long callId;
    private String text;
    private String chartBy = BY_STATUS;

    private List<GrantSummary> rows;
    private List<GrantSummary> all;
    private List<CallView> callList;
    private List<ReportView> toReview;
    private StaffPortfolio totals;
    private final StaffReportReview review = new StaffReportReview();

    /** Applies the filters as they are on the form. */
    public void search() {
        rows = null;
        totals = null;
    }

    public void clear() {
        status = null;
        callId = null;
        text = null;
        search();
    }

    public List<GrantSummary> getRows() {
        if (rows == null) {
            try {
                rows = grants.portfolio(status, callId, text == null || text.isBlank() ? null : text.strip());
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                rows = List.of();
            }
        }
        return rows;
    }

    public StaffPortfolio getTotals() {
        if (totals == null) {
            totals = StaffPortfolio.of(getRows());
        }
        return totals;
    }

    /** Whether any filter narrows the portfolio, for the empty state's wording. */
    public boolean isFiltered() {
        return status != null || callId != null || (text != null && !text.isBlank());
    }

    /** Awarded against released money, by status or by call as chosen above the chart. */
    public String getChart() {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> awarded = new ArrayList<>();
        List<BigDecimal> released = new ArrayList<>();
        if (BY_CALL.equals(chartBy)) {
            Map<Long, BigDecimal[]> byCall = new LinkedHashMap<>();
            Map<Long, String> names = new LinkedHashMap<>();
            for (GrantSummary g : getRows()) {
                BigDecimal[] sums =
                        byCall.computeIfAbsent(g.callId(), id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(g.amount() == null ? BigDecimal.ZERO : g.amount());
                sums[1] = sums[1].add(g.released() == null ? BigDecimal.ZERO : g.released());
                names.putIfAbsent(g.callId(), callTitle(g));
            }
            byCall.forEach((id, sums) -> {
                labels.add(names.get(id));
                awarded.add(sums[0]);
                released.add(sums[1]);
            });
        } else {
            for (StaffPortfolio.StatusSums sums : getTotals().byStatus()) {
                labels.add(Texts.text("grant.status." + sums.status().name()));
                awarded.add(sums.awarded());
                released.add(sums.released());
            }
        }
        return StaffGrantCharts.awardedVsReleased(
                labels,
                Texts.text("grantStaff.chart.awarded"),
                awarded,
                Texts.text("grantStaff.chart.released"),
                released);
    }

    /** The call's title in the page's language, as the call list knows it. */
    public String callTitle(GrantSummary grant) {
        return call(grant.callId()).map(c -> c.title(language.getLocale())).orElse(grant.callTitleZh());
    }

    private Optional<CallView> call(long id) {
        return getCalls().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The calls that may have grants: every call but drafts, newest first. */
    public List<CallView> getCalls() {
        if (callList == null) {
            try {
                callList = calls.all().stream()
                        .filter(c -> c.status() != CallStatus.DRAFT)
                        .toList();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                callList = List.of();
            }
        }
        return callList;
    }

    public List<Grant.Status> getStatuses() {
        return List.of(Grant.Status.values());
    }

    public int releasedPercent(GrantSummary grant) {
        return StaffShares.percent(grant.released(), grant.amount());
    }

    /** A report due before today that the grantee has not handed in. */
    public boolean overdue(LocalDate due) {
        return due != null && due.isBefore(calendar.today());
    }

    /** The export's query, so the spreadsheet holds the grants the filters show. */
    public String getExportQuery() {
        return StaffPortfolioQuery.of(status, callId, text);
    }

    // ---------------------------------------------------------------- reports to review

    public List<ReportView> getReportsToReview() {
        if (toReview == null) {
            try {
                toReview = reports.toReview();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                toReview = List.of();
            }
        }
        return toReview;
    }

    /** The grant a report belongs to, from the whole portfolio (the filters may hide it). */
    public GrantSummary grantOf(long grantId) {
        if (all == null) {
            try {
                all = grants.portfolio(null, null, null);
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                all = List.of();
            }
        }
        return all.stream().filter(g -> g.id() == grantId).findFirst().orElse(null);
    }

    /** The title of a report's grant; its number if the portfolio cannot say. */
    public String grantTitle(long grantId) {
        GrantSummary grant = grantOf(grantId);
        return grant == null ? String.valueOf(grantId) : grant.title();
    }

    public String organizationName(long grantId) {
        GrantSummary grant = grantOf(grantId);
        return grant == null ? "" : grant.organizationName();
    }

    public void openApprove(ReportView report) {
        open(report, false);
    }

    public void openChanges(ReportView report) {
        open(report, true);
    }

    private void open(ReportView report, boolean changes) {
        GrantSummary grant = grantOf(report.grantId());
        review.open(report, grant == null ? null : grant.title(), changes);
    }

    /** Approves the report or asks for changes; the page closes the dialog when the callback says so. */
    public void submitReview() {
        boolean saved = false;
        if (review.isOpen()) {
            try {
                ReportView done = review.submit(reports);
                saved = true;
                Texts.info(
                        done.status() == GrantReport.Status.APPROVED
                                ? "grantStaff.review.approvedDone"
                                : "grantStaff.review.changesDone",
                        done.title());
                review.close();
                forgetReports();
            } catch (ConflictException conflict) {
                // Someone else reviewed it meanwhile: the list shows where it stands now.
                Texts.problem(conflict);
                forgetReports();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    private void forgetReports() {
        toReview = null;
        rows = null;
        totals = null;
        all = null;
    }

    public String indicatorLabel(String code) {
        return StaffTexts.indicator(code);
    }

    /** The currency of the reviewed report's grant, for its expense lines. */
    public String getReviewCurrency() {
        GrantSummary grant = review.isOpen() ? grantOf(review.getGrantId()) : null;
        return grant == null ? getTotals().currency() : grant.currency();
    }

    public StaffReportReview getReview() {
        return review;
    }

    public Grant.Status getStatus() {
        return status;
    }

    public void setStatus(Grant.Status status) {
        this.status = status;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getChartBy() {
        return chartBy;
    }

    public void setChartBy(String chartBy) {
        this.chartBy = BY_CALL.equals(chartBy) ? BY_CALL : BY_STATUS;
    }
}

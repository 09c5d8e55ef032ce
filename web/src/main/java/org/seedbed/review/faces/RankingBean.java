package org.seedbed.review.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.RankingRow;
import org.seedbed.review.boundary.RankingView;
import org.seedbed.review.boundary.Rankings;
import org.seedbed.review.ranking.FundingRules;
import org.seedbed.review.ranking.Method;
import org.seedbed.review.ranking.RecommendationLine;

/**
 * The ranking part of staff/ranking.xhtml?call=: the call's eligible applications ranked by the
 * chosen method with all four aggregates side by side, the score matrix, the distribution charts
 * and the funding recommendation for a pass mark. {@link DecisionsBean} records the officers'
 * decisions on these rows and {@link NoticeAdminBean} handles the public notice that follows.
 */
@Named
@ViewScoped
public class RankingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An expert of the score matrix: a column. */
    public record ExpertColumn(long id, String name) implements Serializable {}

    @Inject
    Rankings rankings;

    @Inject
    Calls calls;

    @Inject
    Language language;

    private String call;
    private Long callId;
    private CallView callView;
    private boolean notFound;
    private Method method = Method.TRIMMED_MEAN;
    private BigDecimal passMark = FundingRules.DEFAULT_PASS_MARK;
    private RankingView ranking;
    private List<ExpertColumn> experts = List.of();
    private String histogram;
    private String comparison;

    /** View action: the call, then its ranking by the default method and pass mark. */
    public void load() {
        callId = AddressIds.parse(call);
        if (callId == null) {
            notFound = true;
            return;
        }
        try {
            callView = calls.find(callId);
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
            return;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
            return;
        }
        refresh();
    }

    /** Ranks again by the method and pass mark on the form. */
    public void refresh() {
        if (callId == null || notFound) {
            return;
        }
        if (passMark != null && (passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0)) {
            Texts.error("ranking.passMark.range");
            return;
        }
        try {
            ranking = rankings.rank(callId, method, passMark);
            method = ranking.method();
            passMark = ranking.passMark();
            experts = ranking.experts().entrySet().stream()
                    .map(e -> new ExpertColumn(e.getKey(), e.getValue()))
                    .toList();
            charts();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    private void charts() {
        Map<Method, String> labels = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
            labels.put(m, Texts.text("ranking.method." + m.name()));
        }
        histogram = RankingCharts.histogram(ranking.rows(), method, passMark, Texts.text("ranking.chart.applications"));
        comparison = RankingCharts.comparison(ranking.rows(), method, labels);
    }

    public List<RankingRow> getRows() {
        return ranking == null ? List.of() : ranking.rows();
    }

    public boolean isScored() {
        return getRows().stream().anyMatch(r -> r.sheets() > 0);
    }

    public long getRecommendedCount() {
        return getRows().stream().filter(RankingRow::recommended).count();
    }

    public long getDisagreementCount() {
        return getRows().stream().filter(RankingRow::disagreement).count();
    }

    /** The selected method's aggregate of a row, as the table highlights it. */
    public BigDecimal aggregate(RankingRow row) {
        return RankingCharts.aggregate(row, method);
    }

    /** An expert's total in the score matrix; null where the expert has no submitted sheet. */
    public BigDecimal total(RankingRow row, long expertId) {
        return row.totalsByExpert().get(expertId);
    }

    /**
     * The codes of why a row is not recommended, in the order the recommendation weighs them (the
     * boundary hands them over as an unordered set).
     */
    public List<String> reasons(RankingRow row) {
        return row.notRecommendedBecause().stream()
                .sorted(Comparator.comparingInt(RankingBean::reasonOrder))
                .toList();
    }

    private static int reasonOrder(String code) {
        for (RecommendationLine.Reason reason : RecommendationLine.Reason.values()) {
            if (reason.name().equals(code)) {
                return reason.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The tooltip of a row's disagreement flag: its spread, on the 0–100 scale. */
    public String disagreementText(RankingRow row) {
        return Texts.text(
                "ranking.disagreement.tooltip",
                row.standardDeviation() == null ? "–" : row.standardDeviation().toPlainString(),
                row.range() == null ? "–" : row.range().toPlainString());
    }

    /** A category's name in the page's language, the code of a category the call dropped, or null. */
    public String categoryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (callView == null) {
            return code;
        }
        return callView.categories().stream()
                .filter(c -> code.equals(c.code()))
                .map(c -> c.name(language.getLocale()))
                .findFirst()
                .orElse(code);
    }

    /** The query of the spreadsheet link: the method and pass mark the table shows. */
    public String getExportQuery() {
        return "method=" + method.name() + (passMark == null ? "" : "&passMark=" + passMark.toPlainString());
    }

    public List<Method> getMethods() {
        return List.of(Method.values());
    }

    public String getTitle() {
        return callView == null ? "" : callView.title(language.getLocale());
    }

    public RankingView getRanking() {
        return ranking;
    }

    public List<ExpertColumn> getExperts() {
        return experts;
    }

    public String getHistogram() {
        return histogram;
    }

    public String getComparison() {
        return comparison;
    }

    public int getCompared() {
        return RankingCharts.COMPARED;
    }

    public CallView getCallView() {
        return callView;
    }

    public Long getCallId() {
        return callId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Method getMethod() {
        return method;
    }

    public void setMethod(Method method) {
        this.method = method == null ? Method.TRIMMED_MEAN : method;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public void setPassMark(BigDecimal passMark) {
        this.passMark = passMark;
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }
}

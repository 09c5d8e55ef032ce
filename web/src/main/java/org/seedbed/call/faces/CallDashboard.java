package org.seedbed.call.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.faces.Texts;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * The small dashboard of a call on staff/call.xhtml, computed from its submissions (drafts are the
 * applicants' own and not among them): how many there are by status and by category, and the money
 * requested against the fund. Withdrawn submissions count by status only.
 */
public class CallDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many submissions have a status. */
    public record Count(String status, long count) implements Serializable {}

    private static final List<SubmissionStatus> SHOWN = List.of(
            SubmissionStatus.SUBMITTED,
            SubmissionStatus.MORE_INFO_REQUESTED,
            SubmissionStatus.ELIGIBLE,
            SubmissionStatus.INELIGIBLE,
            SubmissionStatus.WITHDRAWN);

    private final long total;
    private final List<Count> byStatus;
    private final BigDecimal requested;
    private final BigDecimal requestedEligible;
    private final BigDecimal fund;
    private final String categoryChart;
    private final String moneyChart;

    private CallDashboard(
            long total,
            List<Count> byStatus,
            BigDecimal requested,
            BigDecimal requestedEligible,
            BigDecimal fund,
            String categoryChart,
            String moneyChart) {
        this.total = total;
        this.byStatus = byStatus;
        this.requested = requested;
        this.requestedEligible = requestedEligible;
        this.fund = fund;
        this.categoryChart = categoryChart;
        this.moneyChart = moneyChart;
    }

    static CallDashboard of(List<SubmissionView> submissions, CallView call, Locale language) {
        List<Count> byStatus = new ArrayList<>();
        for (SubmissionStatus status : SHOWN) {
            byStatus.add(new Count(
                    status.name(),
                    submissions.stream().filter(s -> s.status() == status).count()));
        }
        List<SubmissionView> active = submissions.stream()
                .filter(s -> s.status() != SubmissionStatus.WITHDRAWN)
                .toList();
        BigDecimal requested = sum(active);
        BigDecimal eligible = sum(active.stream()
                .filter(s -> s.status() == SubmissionStatus.ELIGIBLE)
                .toList());
        BigDecimal fund = call.fundTotal() == null ? BigDecimal.ZERO : call.fundTotal();
        String moneyChart = CallCharts.bar(
                List.of(
                        Texts.text("call.dashboard.fund"),
                        Texts.text("call.dashboard.requested"),
                        Texts.text("call.dashboard.requestedEligible")),
                Texts.text("call.dashboard.yuan"),
                List.of(fund.doubleValue(), requested.doubleValue(), eligible.doubleValue()),
                List.of(CallCharts.PALETTE.get(0), CallCharts.PALETTE.get(3), CallCharts.PALETTE.get(2)),
                false);
        return new CallDashboard(
                submissions.size(),
                byStatus,
                requested,
                eligible,
                fund,
                categoryChart(active, call, language),
                moneyChart);
    }

    /** Active submissions per category, in the call's order; codes no longer in the call after them. */
    private static String categoryChart(List<SubmissionView> active, CallView call, Locale language) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CategoryForm category : call.categories()) {
            counts.put(category.code(), 0L);
            names.put(category.code(), category.name(language));
        }
        String none = Texts.text("call.dashboard.noCategory");
        for (SubmissionView submission : active) {
            String code = Objects.requireNonNullElse(submission.categoryCode(), "");
            counts.merge(code, 1L, Long::sum);
            names.putIfAbsent(code, code.isEmpty() ? none : code);
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        counts.forEach((code, count) -> {
            labels.add(names.get(code));
            values.add(count);
        });
        return CallCharts.bar(labels, Texts.text("call.dashboard.submissions"), values, CallCharts.PALETTE, true);
    }

    private static BigDecimal sum(List<SubmissionView> submissions) {
        return submissions.stream()
                .map(SubmissionView::requested)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Requests as a share of the fund, in whole percent; null without a fund. */
    public Long getRequestedPercent() {
        if (fund.signum() <= 0) {
            return null;
        }
        return requested
                .multiply(BigDecimal.valueOf(100))
                .divide(fund, 0, RoundingMode.HALF_UP)
                .longValue();
    }

    public long getTotal() {
        return total;
    }

    public List<Count> getByStatus() {
        return byStatus;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getRequestedEligible() {
        return requestedEligible;
    }

    public BigDecimal getFund() {
        return fund;
    }

    public String getCategoryChart() {
        return categoryChart;
    }

    public String getMoneyChart() {
        return moneyChart;
    }
}

package org.seedbed.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.seedbed.call.entity.CallCategory;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.export.control.Spreadsheets;
import org.seedbed.money.Money;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.review.control.Rubric;
import org.seedbed.review.control.SheetTotals;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.review.entity.ScoreSheet;
import org.seedbed.review.ranking.Candidate;
import org.seedbed.review.ranking.Criterion;
import org.seedbed.review.ranking.DisagreementThresholds;
import org.seedbed.review.ranking.FundingRecommendation;
import org.seedbed.review.ranking.FundingRules;
import org.seedbed.review.ranking.Method;
import org.seedbed.review.ranking.RankedSubmission;
import org.seedbed.review.ranking.Ranking;
import org.seedbed.review.ranking.RankingResult;
import org.seedbed.review.ranking.ScoringRubric;
import org.seedbed.review.ranking.Sheet;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Aggregation and ranking of a call's submitted score sheets: weighted mean, trimmed mean,
 * per-reviewer z-scores and the median side by side, disagreement flags, the ranking by the chosen
 * method and a funding recommendation within the call's fund and category budgets.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Rankings {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    ReviewAccess access;

    public RankingView rank(long callId, Method method, BigDecimal passMark) {
        FundingCall call = access.call(callId);
        ReviewPanel panel = access.panel(callId);
        Rubric rubric = Rubric.fromJson(call.rubric());
        ScoringRubric scoring = new ScoringRubric(rubric.criteria().stream()
                .map(c -> new Criterion(c.code(), c.weight(), c.min(), c.max()))
                .toList());
        List<Submission> applications = em.createQuery(
                        "select s from Submission s join fetch s.organization where s.call = :call and s.status = :eligible",
                        Submission.class)
                .setParameter("call", call)
                .setParameter("eligible", SubmissionStatus.ELIGIBLE)
                .getResultList();
        Map<Long, Submission> byId = new HashMap<>();
        applications.forEach(s -> byId.put(s.id(), s));
        List<Candidate> candidates = applications.stream()
                .map(s -> new Candidate(
                        s.id(), s.categoryCode(), s.requestedMinor() == null ? 0 : s.requestedMinor(), s.submittedAt()))
                .toList();
        List<Sheet> sheets = new ArrayList<>();
        Map<Long, Map<Long, BigDecimal>> matrix = new HashMap<>();
        Map<Long, String> experts = new TreeMap<>();
        for (ScoreSheet sheet : em.createQuery(
                        "select s from ScoreSheet s join fetch s.assignment"
                                + " where s.assignment.panel = :p and s.status = :submitted",
                        ScoreSheet.class)
                .setParameter("p", panel)
                .setParameter("submitted", ScoreSheet.Status.SUBMITTED)
                .getResultList()) {
            long submissionId = sheet.assignment().submission().id();
            if (!byId.containsKey(submissionId)) {
                continue;
            }
            long expertId = sheet.assignment().expert().id();
            Map<String, Integer> scores = ScoreSheets.scores(sheet);
            sheets.add(new Sheet(submissionId, expertId, scores));
            matrix.computeIfAbsent(submissionId, k -> new TreeMap<>()).put(expertId, SheetTotals.total(rubric, scores));
            experts.put(expertId, sheet.assignment().expert().user().displayName());
        }
        Method chosen = method == null ? Method.TRIMMED_MEAN : method;
        RankingResult result = Ranking.rank(
                scoring,
                candidates,
                sheets,
                chosen,
                new DisagreementThresholds(panel.disagreementSd().doubleValue(), DisagreementThresholds.DEFAULT_RANGE));
        Map<String, Long> categoryBudgets = new LinkedHashMap<>();
        for (CallCategory category : call.categories()) {
            if (category.budgetMinor() != null) {
                categoryBudgets.put(category.code(), category.budgetMinor());
            }
        }
        FundingRules rules = new FundingRules(
                call.fundTotal().minor(),
                categoryBudgets,
                passMark == null ? FundingRules.DEFAULT_PASS_MARK : passMark);
        FundingRecommendation recommendation = FundingRecommendation.recommend(result, rules);
        Map<Long, org.seedbed.review.ranking.RecommendationLine> advice = new HashMap<>();
        recommendation.lines().forEach(d -> advice.put(d.submission().submissionId(), d));
        String currency = call.currency();
        List<RankingRow> rows = new ArrayList<>();
        for (RankedSubmission ranked : result.submissions()) {
            Submission s = byId.get(ranked.submissionId());
            var decision = advice.get(ranked.submissionId());
            var scores = ranked.scores();
            rows.add(new RankingRow(
                    ranked.rank(),
                    s.id(),
                    s.receiptNo(),
                    s.title(),
                    s.organization().nameZh(),
                    s.categoryCode(),
                    s.requestedMinor() == null
                            ? null
                            : Money.ofMinor(s.requestedMinor(), currency).major(),
                    scores.map(x -> x.sheets()).orElse(0),
                    scores.map(x -> x.shown(Method.WEIGHTED_MEAN)).orElse(null),
                    scores.map(x -> x.shown(Method.TRIMMED_MEAN)).orElse(null),
                    scores.map(x -> x.shown(Method.Z_SCORE)).orElse(null),
                    scores.map(x -> x.shown(Method.MEDIAN)).orElse(null),
                    scores.map(x -> org.seedbed.review.ranking.Scores.rounded(x.standardDeviation()))
                            .orElse(null),
                    scores.map(x -> org.seedbed.review.ranking.Scores.rounded(x.range()))
                            .orElse(null),
                    scores.map(x -> x.disagreement()).orElse(false),
                    matrix.getOrDefault(s.id(), Map.of()),
                    decision != null && decision.recommended(),
                    decision == null || !decision.recommended()
                            ? null
                            : Money.ofMinor(decision.recommendedMinor(), currency)
                                    .major(),
                    decision == null
                            ? java.util.Set.of()
                            : decision.reasons().stream().map(Enum::name).collect(Collectors.toSet())));
        }
        return new RankingView(
                callId,
                chosen,
                rules.passMark(),
                call.fundTotal().major(),
                Money.ofMinor(recommendation.recommendedMinor(), currency).major(),
                Money.ofMinor(recommendation.remainingFundMinor(), currency).major(),
                currency,
                experts,
                rows);
    }

    /** The ranking with all methods and the score matrix, as an Excel workbook. */
    public byte[] exportXlsx(long callId, Method method, BigDecimal passMark) {
        RankingView view = rank(callId, method, passMark);
        List<String> columns = new ArrayList<>(List.of(
                "rank",
                "receiptNo",
                "title",
                "organization",
                "category",
                "requested",
                "sheets",
                "weightedMean",
                "trimmedMean",
                "zScore",
                "median",
                "standardDeviation",
                "disagreement",
                "recommended",
                "recommendedAmount"));
        view.experts().values().forEach(columns::add);
        List<List<Object>> rows = new ArrayList<>();
        for (RankingRow r : view.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.rank());
            row.add(orEmpty(r.receiptNo()));
            row.add(r.title());
            row.add(r.organizationName());
            row.add(orEmpty(r.categoryCode()));
            row.add(orEmpty(r.requested()));
            row.add(r.sheets());
            row.add(orEmpty(r.weightedMean()));
            row.add(orEmpty(r.trimmedMean()));
            row.add(orEmpty(r.zScore()));
            row.add(orEmpty(r.median()));
            row.add(orEmpty(r.standardDeviation()));
            row.add(r.disagreement() ? "yes" : "");
            row.add(r.recommended() ? "yes" : String.join(" ", r.notRecommendedBecause()));
            row.add(orEmpty(r.recommendedAmount()));
            for (Long expert : view.experts().keySet()) {
                row.add(orEmpty(r.totalsByExpert().get(expert)));
            }
            rows.add(row);
        }
        return Spreadsheets.xlsx("ranking", columns, rows);
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}

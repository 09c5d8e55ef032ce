package org.seedbed.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.review.control.Rubric;
import org.seedbed.review.control.RubricCriterion;
import org.seedbed.review.control.SheetTotals;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.FundingDecision;
import org.seedbed.review.entity.NoticeObjection;
import org.seedbed.review.entity.PanelMember;
import org.seedbed.review.entity.PublicNotice;
import org.seedbed.review.entity.ReviewAssignment;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.review.entity.ScoreSheet;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * The review of a demo city's last call: the city's expert pool, a panel of five who signed the
 * declaration, three reviewers per application, sheets submitted (one still in draft, so the
 * board shows progress), funding decisions in rank order, and the public notice (公示) open
 * with one objection waiting for an answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoReviews {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final long DAY = 86_400L;

    /** Employer and expertise of the demo experts, in the order of their accounts. */
    private static final List<Map.Entry<String, Set<String>>> PROFILES = List.of(
            Map.entry("安徽大学社会与政治学院", Set.of("社区治理", "项目评估")),
            Map.entry("市社会工作协会", Set.of("社会工作", "为老服务")),
            Map.entry("立信会计师事务所", Set.of("财务审计", "预算")),
            Map.entry("市青少年发展基金会", Set.of("青少年服务", "公益创投")),
            Map.entry("市民政局退休干部", Set.of("社会组织管理", "社区治理")));

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Clock clock;

    public void populate(long callId) {
        FundingCall call = em.find(FundingCall.class, callId);
        Instant now = Instant.now(clock);
        List<Expert> experts = experts(now);
        if (experts.size() < 3) {
            return;
        }
        ReviewPanel panel = new ReviewPanel(call, "officer", now.minusSeconds(DAY * 30));
        panel.configure(3, "{}", false, new BigDecimal("15"));
        em.persist(panel);
        for (Expert expert : experts) {
            PanelMember member = new PanelMember(panel, expert, 10, "officer", now.minusSeconds(DAY * 30));
            em.persist(member);
            member.accept(expert.user().displayName(), now.minusSeconds(DAY * 29));
        }
        List<Submission> applications = em.createQuery(
                        "select s from Submission s where s.call = :call and s.status = :eligible order by s.id",
                        Submission.class)
                .setParameter("call", call)
                .setParameter("eligible", SubmissionStatus.ELIGIBLE)
                .getResultList();
        Rubric rubric = Rubric.fromJson(call.rubric());
        Map<Submission, BigDecimal> means = new LinkedHashMap<>();
        for (int i = 0; i < applications.size(); i++) {
            Submission application = applications.get(i);
            BigDecimal sum = BigDecimal.ZERO;
            int submitted = 0;
            for (int seat = 0; seat < 3; seat++) {
                int e = (i + seat) % experts.size();
                ReviewAssignment assignment = new ReviewAssignment(
                        panel, experts.get(e), application, false, "officer", now.minusSeconds(DAY * 25));
                em.persist(assignment);
                Map<String, Integer> scores = scores(rubric, i, e);
                ScoreSheet sheet = new ScoreSheet(assignment, now.minusSeconds(DAY * 20));
                em.persist(sheet);
                BigDecimal total = SheetTotals.total(rubric, scores);
                sheet.save(JSON.toJson(scores), recommendation(total), comment(total), now.minusSeconds(DAY * 18));
                // The last application's third sheet stays a draft: one expert is still scoring.
                if (i == applications.size() - 1 && seat == 2) {
                    continue;
                }
                sheet.submit(now.minusSeconds(DAY * 15));
                sum = sum.add(total);
                submitted++;
            }
            means.put(
                    application,
                    submitted == 0
                            ? BigDecimal.ZERO
                            : sum.divide(BigDecimal.valueOf(submitted), 2, RoundingMode.HALF_UP));
        }
        panel.release(now.minusSeconds(DAY * 25));
        decide(call, means, now);
        em.flush();
    }

    /** The city's accounts with the reviewer role, each added to the pool with a demo profile. */
    private List<Expert> experts(Instant now) {
        List<UserAccount> reviewers = em
                .createQuery(
                        "select u from UserAccount u where u.username like 'reviewer%' order by u.username",
                        UserAccount.class)
                .getResultList()
                .stream()
                .filter(u -> u.roles().contains(Role.REVIEWER))
                .toList();
        List<Expert> experts = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            Expert expert = new Expert(reviewers.get(i), "officer", now.minusSeconds(DAY * 40));
            var profile = PROFILES.get(i % PROFILES.size());
            expert.describe(profile.getKey(), null, profile.getValue(), null, 12, true);
            em.persist(expert);
            experts.add(expert);
        }
        return experts;
    }

    /**
     * Scores that differ by application (some are simply better) and by expert (one is lenient,
     * one harsh), so that the ranking's methods disagree a little, as real panels do.
     */
    private static Map<String, Integer> scores(Rubric rubric, int application, int expert) {
        int quality = 4 + (application * 3) % 5;
        int leniency = expert == 1 ? 1 : expert == 3 ? -2 : 0;
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<RubricCriterion> criteria = rubric.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            RubricCriterion criterion = criteria.get(c);
            int noise = (application * 3 + expert * 7 + c * 5) % 3 - 1;
            int value = quality + leniency + noise + (application % 3 == 0 ? 2 : 0);
            scores.put(criterion.code(), Math.max(criterion.min(), Math.min(criterion.max(), value)));
        }
        return scores;
    }

    private static ScoreSheet.Recommendation recommendation(BigDecimal total) {
        return total.compareTo(new BigDecimal("75")) >= 0
                ? ScoreSheet.Recommendation.FUND
                : total.compareTo(new BigDecimal("60")) >= 0
                        ? ScoreSheet.Recommendation.FUND_WITH_CHANGES
                        : ScoreSheet.Recommendation.DO_NOT_FUND;
    }

    private static String comment(BigDecimal total) {
        return total.compareTo(new BigDecimal("75")) >= 0
                ? "需求调研扎实，执行计划清晰，团队有同类项目经验。"
                : total.compareTo(new BigDecimal("60")) >= 0 ? "方向可行，建议细化服务指标并压缩宣传类支出。" : "项目设计与社区需求关联不足，预算依据不充分。";
    }

    /**
     * Decides in order of the mean total within the call's fund, as the ranking recommends, and
     * publishes the notice: open for five more days, with one objection filed.
     */
    private void decide(FundingCall call, Map<Submission, BigDecimal> means, Instant now) {
        long fund = call.fundTotal().minor();
        long committed = 0;
        Submission objectedTo = null;
        List<Map.Entry<Submission, BigDecimal>> ranked = new ArrayList<>(means.entrySet());
        ranked.sort(Map.Entry.<Submission, BigDecimal>comparingByValue(Comparator.reverseOrder()));
        boolean reserveGiven = false;
        for (var entry : ranked) {
            Submission application = entry.getKey();
            long requested = application.requestedMinor() == null ? 0 : application.requestedMinor();
            FundingDecision decision = new FundingDecision(application);
            boolean passes = entry.getValue().compareTo(new BigDecimal("60")) >= 0;
            if (passes && committed + requested <= fund) {
                committed += requested;
                decision.decide(
                        FundingDecision.Outcome.FUNDED,
                        requested,
                        "评审排名靠前，按申请金额立项。",
                        "officer",
                        now.minusSeconds(DAY * 6));
                if (objectedTo == null) {
                    objectedTo = application;
                }
            } else if (passes && !reserveGiven) {
                reserveGiven = true;
                decision.decide(
                        FundingDecision.Outcome.RESERVE, null, "评审合格，资金用完，列为候补。", "officer", now.minusSeconds(DAY * 6));
            } else {
                decision.decide(
                        FundingDecision.Outcome.DECLINED,
                        null,
                        passes ? "资金已用完。" : "评审得分未达立项线（60 分）。",
                        "officer",
                        now.minusSeconds(DAY * 6));
            }
            em.persist(decision);
        }
        PublicNotice notice = new PublicNotice(call, now.minusSeconds(DAY * 2), now.plusSeconds(DAY * 5), "officer");
        em.persist(notice);
        if (objectedTo != null) {
            em.persist(new NoticeObjection(
                    notice,
                    objectedTo,
                    "社区居民",
                    "138****0000",
                    "该项目申报的服务对象人数与社区实际情况不符，建议核实后再立项。",
                    now.minusSeconds(DAY)));
        }
    }
}

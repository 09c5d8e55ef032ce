package org.seedbed.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.grant.control.AgreementDocument;
import org.seedbed.grant.control.EvaluationRubric;
import org.seedbed.grant.control.GrantMaker;
import org.seedbed.grant.control.GrantViews;
import org.seedbed.grant.control.TranchePlan;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantIndicator;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.OutcomeIndicator;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.print.control.PdfDocuments;
import org.seedbed.review.entity.FundingDecision;
import org.seedbed.review.entity.PublicNotice;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Grants of a demo city, one in each state people look for: signed with its first tranche paid,
 * past a passed mid-term evaluation, held after a failed one, and closed after its final
 * evaluation. Made from the final awards of the call of two years ago.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoGrants {

    private static final long DAY = 86_400L;

    private enum Stage {
        SIGNED,
        MID_TERM_PASSED,
        HELD,
        CLOSED
    }

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantMaker maker;

    @Inject
    GrantViews views;

    @Inject
    PdfDocuments pdf;

    @Inject
    DocumentStore store;

    @Inject
    TenantRegistry registry;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    public void populate(long callId) {
        FundingCall call = em.find(FundingCall.class, callId);
        Instant now = Instant.now(clock);
        LocalDate today = calendar.today();
        List<Submission> awards = em.createQuery(
                        "select s from Submission s where s.call = :call and s.status = :eligible order by s.id",
                        Submission.class)
                .setParameter("call", call)
                .setParameter("eligible", SubmissionStatus.ELIGIBLE)
                .getResultList();
        PublicNotice notice =
                new PublicNotice(call, now.minusSeconds(DAY * 390), now.minusSeconds(DAY * 383), "officer");
        em.persist(notice);
        notice.finalizeAt(now.minusSeconds(DAY * 382));
        UserAccount evaluator = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", "evaluator")
                .getResultStream()
                .findFirst()
                .orElse(null);
        Stage[] stages = Stage.values();
        for (int i = 0; i < awards.size() && i < stages.length; i++) {
            Submission award = awards.get(i);
            long amount = award.requestedMinor();
            FundingDecision decision = new FundingDecision(award);
            decision.decide(
                    FundingDecision.Outcome.FUNDED, amount, "评审通过，按申请金额立项。", "officer", now.minusSeconds(DAY * 392));
            decision.makeFinal();
            em.persist(decision);
            Stage stage = stages[i];
            // The closed project ran its whole year; the others started in the spring and still run.
            LocalDate startsOn = stage == Stage.CLOSED ? today.minusDays(380) : today.minusDays(200);
            Grant grant = maker.make(
                    award,
                    amount,
                    TranchePlan.standard(),
                    startsOn,
                    startsOn.plusYears(1),
                    "officer",
                    now.minusSeconds(DAY * 380));
            targets(grant);
            em.flush();
            sign(grant, now.minusSeconds(DAY * 370));
            List<Tranche> tranches = views.tranches(grant);
            tranches.get(0).release("officer", now.minusSeconds(DAY * 368));
            if (stage == Stage.SIGNED) {
                continue;
            }
            List<GrantReport> reports = views.reports(grant);
            // Reports come in rounds: a progress report and a financial one on the same day.
            approveRound(reports, 0, startsOn.plusDays(110), now.minusSeconds(DAY * 60));
            boolean passes = stage != Stage.HELD;
            evaluate(grant, EvaluationStage.MID_TERM, evaluator, passes, now.minusSeconds(DAY * 50));
            if (!passes) {
                tranches.get(1).hold("MID_TERM 52.00");
                grant.hold();
                continue;
            }
            tranches.get(1).release("officer", now.minusSeconds(DAY * 45));
            if (stage == Stage.CLOSED) {
                approveRound(reports, 1, startsOn.plusYears(1), now.minusSeconds(DAY * 10));
                evaluate(grant, EvaluationStage.FINAL, evaluator, true, now.minusSeconds(DAY * 8));
                tranches.get(2).release("officer", now.minusSeconds(DAY * 5));
                grant.close(now.minusSeconds(DAY * 5));
            }
        }
        em.flush();
    }

    private void targets(Grant grant) {
        List<OutcomeIndicator> catalogue = em.createQuery(
                        "select i from OutcomeIndicator i where i.active = true order by i.id", OutcomeIndicator.class)
                .setMaxResults(3)
                .getResultList();
        int[] targets = {150, 800, 24};
        for (int i = 0; i < catalogue.size(); i++) {
            em.persist(new GrantIndicator(grant, catalogue.get(i), BigDecimal.valueOf(targets[i])));
        }
    }

    private void sign(Grant grant, Instant when) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String xhtml = new AgreementDocument(views.view(grant), registry.currentCityName(chinese), chinese)
                .xhtml(calendar.today());
        String key = store.store(new ByteArrayInputStream(pdf.render(xhtml)), 20L * 1024 * 1024)
                .key();
        Agreement agreement = new Agreement(grant, key, "officer", when);
        em.persist(agreement);
        agreement.signByOrganization("ngo", when.plusSeconds(DAY));
        agreement.countersign("officer", when.plusSeconds(DAY * 2));
        grant.activate();
    }

    private static void approveRound(List<GrantReport> reports, int round, LocalDate submittedOn, Instant reviewedAt) {
        LocalDate dueOn = reports.stream()
                .map(GrantReport::dueOn)
                .distinct()
                .sorted()
                .toList()
                .get(round);
        for (GrantReport report : reports) {
            if (!report.dueOn().equals(dueOn)) {
                continue;
            }
            if (report.kind() == GrantReport.Kind.FINANCIAL) {
                report.save(
                        "支出与预算一致，凭证已按科目整理。",
                        "{}",
                        "[{\"category\":\"活动费\",\"item\":\"活动物资\",\"amount\":8600.00},"
                                + "{\"category\":\"人员费\",\"item\":\"社工补贴\",\"amount\":15000.00}]",
                        "{}");
            } else {
                report.save(
                        "按计划开展入户探访和小组活动，服务对象反馈良好；志愿者队伍稳定。",
                        "{\"BENEFICIARIES\":96,\"VOLUNTEER_HOURS\":520,\"ACTIVITIES\":14}",
                        "[]",
                        report.form() == null
                                ? "{}"
                                : "{\"schedule\":\"on_plan\",\"satisfaction\":94,"
                                        + "\"next_steps\":\"扩大志愿者队伍，开展邻里互助小组活动。\"}");
            }
            report.submit("ngo", reviewedAt.minusSeconds(DAY * 3), submittedOn);
            report.approve("officer", "材料齐全，同意。", reviewedAt);
        }
    }

    private void evaluate(Grant grant, EvaluationStage stage, UserAccount evaluator, boolean passes, Instant when) {
        EvaluationRubric rubric = EvaluationRubric.suzhou();
        Evaluation evaluation = new Evaluation(
                grant,
                stage,
                evaluator,
                evaluator == null ? null : "明德评估中心",
                null,
                rubric.passMark(),
                "officer",
                when.minusSeconds(DAY * 20));
        em.persist(evaluation);
        StringBuilder scores = new StringBuilder("{");
        java.util.Map<String, BigDecimal> points = new java.util.LinkedHashMap<>();
        for (var dimension : rubric.dimensions()) {
            // 82% of each dimension passes comfortably; 52% fails.
            BigDecimal given = dimension
                    .maxPoints()
                    .multiply(passes ? new BigDecimal("0.82") : new BigDecimal("0.52"))
                    .setScale(1, java.math.RoundingMode.HALF_UP);
            points.put(dimension.code(), given);
            scores.append(scores.length() > 1 ? "," : "")
                    .append('"')
                    .append(dimension.code())
                    .append("\":")
                    .append(given);
        }
        scores.append('}');
        evaluation.save(scores.toString(), "[]", passes ? "执行规范，指标完成良好。" : "执行进度明显滞后，财务凭证不全。");
        evaluation.submit(
                rubric.score(points, List.of()).total(), evaluator == null ? "officer" : evaluator.username(), when);
    }
}

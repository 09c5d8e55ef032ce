package org.seedbed.grant.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.submission.entity.Submission;

/**
 * Makes a grant with its tranches and the reports they wait for: the first tranche needs the
 * agreement; each later one needs the report due before it, the second a mid-term evaluation (from
 * three tranches on) and the last the final one. Reports fall due at the point of the project
 * that the next tranche pays for, in pairs: a progress (or final) report with the call's report
 * questions, and a financial report accounting for the money.
 */
@Stateless
public class GrantMaker {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public Grant make(
            Submission submission,
            long amountMinor,
            TranchePlan plan,
            LocalDate startsOn,
            LocalDate endsOn,
            String by,
            Instant now) {
        Grant grant = new Grant(submission, amountMinor, submission.call().currency(), startsOn, endsOn, by, now);
        em.persist(grant);
        List<Long> amounts = plan.split(amountMinor);
        int count = amounts.size();
        long days = ChronoUnit.DAYS.between(startsOn, endsOn);
        for (int i = 0; i < count; i++) {
            int position = i + 1;
            em.persist(new Tranche(
                    grant,
                    position,
                    plan.percents().get(i),
                    amounts.get(i),
                    position == 1,
                    position > 1,
                    stageBefore(position, count)));
            if (position > 1) {
                boolean last = position == count;
                LocalDate dueOn = last ? endsOn : startsOn.plusDays(days * (position - 1) / count);
                String round = last ? "结项" : "第" + (position - 1) + "期";
                em.persist(new GrantReport(
                        grant,
                        last ? GrantReport.Kind.FINAL : GrantReport.Kind.PROGRESS,
                        round + (last ? "报告" : "进展报告"),
                        dueOn,
                        submission.call().reportForm()));
                em.persist(new GrantReport(grant, GrantReport.Kind.FINANCIAL, round + "财务报告", dueOn, null));
            }
        }
        return grant;
    }

    static EvaluationStage stageBefore(int position, int count) {
        if (count >= 2 && position == count) {
            return EvaluationStage.FINAL;
        }
        return count >= 3 && position == 2 ? EvaluationStage.MID_TERM : null;
    }
}

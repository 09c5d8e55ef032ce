package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.export.control.Spreadsheets;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.control.GrantMail;
import org.seedbed.grant.control.GrantMaker;
import org.seedbed.grant.control.GrantViews;
import org.seedbed.grant.control.TranchePlan;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantIndicator;
import org.seedbed.grant.entity.OutcomeIndicator;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.money.Money;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Membership;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.entity.FundingDecision;
import org.seedbed.submission.entity.Submission;

/**
 * Grants (资助项目): a final award becomes a grant with its tranches (50/30/20 unless the officer
 * sets another plan), the reports due before each later tranche, and indicator targets from the
 * city's catalogue. Officers keep the portfolio, terminate with an amount to claw back and record
 * what was recovered; grantees and evaluators read their own grants.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Grants {

    private static final int DEFAULT_MONTHS = 12;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantViews views;

    @Inject
    GrantMaker maker;

    @Inject
    GrantMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** Turns the final award of an application into a grant. */
    public GrantView award(long submissionId, AwardForm form) {
        Submission submission = em.find(Submission.class, submissionId);
        if (submission == null) {
            throw new NotFoundException("submission", submissionId);
        }
        FundingDecision decision = em.createQuery(
                        "select d from FundingDecision d where d.submission = :s", FundingDecision.class)
                .setParameter("s", submission)
                .getResultStream()
                .findFirst()
                .filter(d -> d.outcome() == FundingDecision.Outcome.FUNDED && d.isFinal())
                .orElseThrow(() -> new ConflictException("grant.notFinal"));
        if (!em.createQuery("select g from Grant g where g.submission = :s", Grant.class)
                .setParameter("s", submission)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("grant.already");
        }
        AwardForm given = form == null ? new AwardForm(null, null, null, null) : form;
        // A plan given for this award becomes the call's; otherwise the call's own plan, or 50/30/20.
        TranchePlan plan = plan(
                given.tranchePlan() == null || given.tranchePlan().isBlank()
                        ? submission.call().tranchePlan()
                        : given.tranchePlan());
        submission.call().useTranchePlan(plan.text());
        LocalDate startsOn = given.startsOn() == null ? calendar.today() : given.startsOn();
        LocalDate endsOn = given.endsOn() == null ? startsOn.plusMonths(DEFAULT_MONTHS) : given.endsOn();
        if (!endsOn.isAfter(startsOn)) {
            throw InvalidInputException.of("endsOn", "grant.period.order");
        }
        Instant now = Instant.now(clock);
        Grant grant = maker.make(submission, decision.amountMinor(), plan, startsOn, endsOn, callers.name(), now);
        for (var target : (given.targets() == null ? Map.<String, BigDecimal>of() : given.targets()).entrySet()) {
            OutcomeIndicator indicator = indicator(target.getKey());
            if (target.getValue() == null || target.getValue().signum() < 0) {
                throw InvalidInputException.of("targets." + target.getKey(), "grant.target.range");
            }
            em.persist(new GrantIndicator(grant, indicator, target.getValue()));
        }
        em.flush();
        GrantView view = views.view(grant);
        audit.record(
                "grant.created",
                "grant",
                grant.id(),
                null,
                Map.of("submission", submissionId, "amount", view.amount(), "plan", plan.percents()));
        mail.toGrantee(
                grant,
                "grantAwarded",
                Money.ofMinor(grant.amountMinor(), grant.currency()).format(Locale.SIMPLIFIED_CHINESE));
        return view;
    }

    /** The tranche plan a call's next grant starts from ("50/30/20" unless the call has its own). */
    public String planOf(long callId) {
        FundingCall call = em.find(FundingCall.class, callId);
        if (call == null) {
            throw new NotFoundException("call", callId);
        }
        return plan(call.tranchePlan()).text();
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER", "EVALUATOR"})
    public GrantView get(long id) {
        return views.view(access.readable(id));
    }

    /** The portfolio, filtered by state, call and text in the title or the organization's name. */
    public List<GrantSummary> portfolio(Grant.Status status, Long callId, String text) {
        String needle =
                text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return em
                .createQuery(
                        "select g from Grant g join fetch g.organization join fetch g.call join fetch g.submission"
                                + " where (:status is null or g.status = :status)"
                                + " and (:call is null or g.call.id = :call)"
                                + " and (:text is null or lower(g.title) like :text or lower(g.organization.nameZh) like :text)"
                                + " order by g.createdAt desc, g.id desc",
                        Grant.class)
                .setParameter("status", status)
                .setParameter("call", callId)
                .setParameter("text", needle)
                .getResultList()
                .stream()
                .map(views::summary)
                .toList();
    }

    public byte[] exportXlsx(Grant.Status status, Long callId, String text) {
        List<List<Object>> rows = new ArrayList<>();
        for (GrantSummary g : portfolio(status, callId, text)) {
            rows.add(List.of(
                    g.id(),
                    g.title(),
                    g.organizationName(),
                    g.callTitleZh(),
                    g.categoryCode() == null ? "" : g.categoryCode(),
                    g.amount(),
                    g.released(),
                    g.currency(),
                    g.status().name(),
                    g.startsOn() == null ? "" : g.startsOn().toString(),
                    g.endsOn() == null ? "" : g.endsOn().toString(),
                    g.nextReportDue() == null ? "" : g.nextReportDue().toString()));
        }
        return Spreadsheets.xlsx(
                "grants",
                List.of(
                        "id",
                        "项目 project",
                        "机构 organization",
                        "创投 call",
                        "类别 category",
                        "资助 amount",
                        "已拨付 released",
                        "币种 currency",
                        "状态 status",
                        "开始 starts",
                        "结束 ends",
                        "下次报告 next report"),
                rows);
    }

    /** The grants of the organizations the calling member belongs to. */
    @RolesAllowed("NGO_MEMBER")
    public List<GrantSummary> mine() {
        if (!callers.isSignedIn()) {
            return List.of();
        }
        List<Long> organizations = em
                .createNamedQuery(Membership.OF_USER, Membership.class)
                .setParameter("userId", callers.current().id())
                .getResultList()
                .stream()
                .map(m -> m.organization().id())
                .toList();
        if (organizations.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select g from Grant g where g.organization.id in :orgs order by g.createdAt desc", Grant.class)
                .setParameter("orgs", organizations)
                .getResultList()
                .stream()
                .map(views::summary)
                .toList();
    }

    /**
     * Ends a grant early: tranches not yet paid are cancelled, and the amount to claw back (at most
     * what was released) is recorded for recovery.
     */
    public GrantView terminate(long id, String reason, BigDecimal clawback) {
        Grant grant = access.grant(id);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "grant.termination.reason");
        }
        long released = views.tranches(grant).stream()
                .filter(t -> t.status() == Tranche.Status.RELEASED)
                .mapToLong(Tranche::amountMinor)
                .sum();
        long clawbackMinor =
                clawback == null ? 0 : Money.ofMajor(clawback, grant.currency()).minor();
        if (clawbackMinor < 0 || clawbackMinor > released) {
            throw InvalidInputException.of(
                    "clawback",
                    "grant.clawback.range",
                    Money.ofMinor(released, grant.currency()).major());
        }
        if (grant.status() == Grant.Status.TERMINATED || grant.status() == Grant.Status.CLOSED) {
            throw new ConflictException("grant.ended");
        }
        GrantView before = views.view(grant);
        grant.terminate(reason.strip(), clawbackMinor, Instant.now(clock));
        views.tranches(grant).stream()
                .filter(t -> t.status() == Tranche.Status.PLANNED || t.status() == Tranche.Status.HELD)
                .forEach(Tranche::cancel);
        em.flush();
        GrantView after = views.view(grant);
        audit.record("grant.terminated", "grant", id, summary(before), summary(after));
        mail.toBothSides(
                grant,
                "grantTerminated",
                reason.strip(),
                Money.ofMinor(clawbackMinor, grant.currency()).format(Locale.SIMPLIFIED_CHINESE));
        return after;
    }

    /** Records money returned by a terminated grant's organization; never more than the claw-back. */
    public GrantView recover(long id, BigDecimal amount) {
        Grant grant = access.grant(id);
        if (grant.status() != Grant.Status.TERMINATED) {
            throw new ConflictException("grant.recovery.notTerminated");
        }
        long minor =
                amount == null ? 0 : Money.ofMajor(amount, grant.currency()).minor();
        long open = grant.clawbackMinor() - grant.recoveredMinor();
        if (minor <= 0 || minor > open) {
            throw InvalidInputException.of(
                    "amount",
                    "grant.recovery.range",
                    Money.ofMinor(open, grant.currency()).major());
        }
        long before = grant.recoveredMinor();
        grant.recordRecovery(minor);
        em.flush();
        audit.record(
                "grant.recovered",
                "grant",
                id,
                Map.of("recovered", Money.ofMinor(before, grant.currency()).major()),
                Map.of(
                        "recovered",
                        Money.ofMinor(grant.recoveredMinor(), grant.currency()).major()));
        return views.view(grant);
    }

    private static Map<String, Object> summary(GrantView view) {
        return Map.of(
                "status", view.status().name(),
                "released", view.released(),
                "clawback", view.clawback() == null ? BigDecimal.ZERO : view.clawback(),
                "recovered", view.recovered());
    }

    private TranchePlan plan(String text) {
        if (text == null || text.isBlank()) {
            return TranchePlan.standard();
        }
        try {
            return TranchePlan.parse(text);
        } catch (IllegalArgumentException wrong) {
            throw InvalidInputException.of("tranchePlan", "grant.plan.invalid", text);
        }
    }

    private OutcomeIndicator indicator(String code) {
        return em.createQuery(
                        "select i from OutcomeIndicator i where i.code = :code and i.active = true",
                        OutcomeIndicator.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("targets", "grant.indicator.unknown", code));
    }
}

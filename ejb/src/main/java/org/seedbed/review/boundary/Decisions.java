package org.seedbed.review.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.money.Money;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.organization.entity.Membership;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.review.entity.FundingDecision;
import org.seedbed.review.entity.NoticeObjection;
import org.seedbed.review.entity.PublicNotice;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Decisions after review and the public notice (公示). Officers record a decision for each
 * reviewed application, then publish the notice of proposed awards for a period (default 7
 * days) and tell every applicant by e-mail. Anyone may object during the window; officers
 * uphold or dismiss each objection after re-reviewing. Only when the window has closed and no
 * objection is open do the decisions become final.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Decisions {

    public static final int DEFAULT_NOTICE_DAYS = 7;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    ReviewAccess access;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    TenantRegistry registry;

    @Inject
    CityCalendar calendar;

    @Inject
    DocumentStore store;

    @Inject
    Clock clock;

    public DecisionView decide(long submissionId, DecisionForm form) {
        Submission submission = Optional.ofNullable(em.find(Submission.class, submissionId))
                .filter(s -> s.status() == SubmissionStatus.ELIGIBLE)
                .orElseThrow(() -> new NotFoundException("submission", submissionId));
        if (form == null || form.outcome() == null) {
            throw InvalidInputException.of("outcome", "decision.outcome.required");
        }
        Optional<FundingDecision> existing = decisionOf(submission);
        // A new decision is persisted only once decided: its outcome and decider are required columns.
        FundingDecision decision = existing.orElseGet(() -> new FundingDecision(submission));
        if (decision.isFinal()) {
            throw new ConflictException("decision.final");
        }
        if (form.version() != null && decision.id() != null && form.version() != decision.version()) {
            throw new ConflictException("decision.changedMeanwhile");
        }
        Long amount = null;
        String currency = submission.call().currency();
        if (form.outcome() == FundingDecision.Outcome.FUNDED) {
            if (form.amount() == null || form.amount().signum() <= 0) {
                throw InvalidInputException.of("amount", "decision.amount.required");
            }
            amount = Money.ofMajor(form.amount(), currency).minor();
            long requested = submission.requestedMinor() == null ? Long.MAX_VALUE : submission.requestedMinor();
            if (amount > requested) {
                throw InvalidInputException.of("amount", "decision.amount.aboveRequested");
            }
        }
        String reason = form.reason() == null || form.reason().isBlank()
                ? null
                : form.reason().strip();
        if (form.outcome() == FundingDecision.Outcome.DECLINED && reason == null) {
            throw InvalidInputException.of("reason", "decision.reason.required");
        }
        if (reason != null && reason.length() > 2000) {
            throw InvalidInputException.of("reason", "field.tooLong", 2000);
        }
        DecisionView before = decision.outcome() == null ? null : view(decision);
        decision.decide(form.outcome(), amount, reason, callers.name(), Instant.now(clock));
        if (existing.isEmpty()) {
            em.persist(decision);
        }
        em.flush();
        if (form.outcome() == FundingDecision.Outcome.FUNDED) {
            requireWithinFund(submission.call());
        }
        DecisionView after = view(decision);
        audit.record("decision.recorded", "submission", submissionId, before, after);
        return after;
    }

    public List<DecisionView> ofCall(long callId) {
        return decisions(access.call(callId)).stream().map(Decisions::view).toList();
    }

    /** Opens the public notice of the proposed awards for {@code days} days and tells every applicant. */
    public NoticeView publishNotice(long callId, Integer days) {
        return publishNotice(callId, days, null);
    }

    /** Like {@link #publishNotice(long, Integer)}, closing at a given city time instead of after whole days. */
    public NoticeView publishNotice(long callId, Integer days, java.time.LocalDateTime closesAt) {
        FundingCall call = access.call(callId);
        if (notice(call).isPresent()) {
            throw new ConflictException("notice.already");
        }
        int period = days == null ? DEFAULT_NOTICE_DAYS : days;
        if (period < 1 || period > 60) {
            throw InvalidInputException.of("days", "notice.days.range");
        }
        List<FundingDecision> decisions = decisions(call);
        if (decisions.stream().noneMatch(d -> d.outcome() == FundingDecision.Outcome.FUNDED)) {
            throw new ConflictException("notice.noAwards");
        }
        Instant now = Instant.now(clock);
        Instant closes = closesAt == null
                ? now.plus(Duration.ofDays(period))
                : closesAt.atZone(calendar.zone()).toInstant();
        if (!closes.isAfter(now)) {
            throw InvalidInputException.of("closesAt", "notice.closesAt.future");
        }
        PublicNotice notice = new PublicNotice(call, now, closes, callers.name());
        em.persist(notice);
        em.flush();
        audit.record(
                "notice.published",
                "call",
                callId,
                null,
                Map.of("closesAt", notice.closesAt().toString(), "awards", decisions.size()));
        for (FundingDecision decision : decisions) {
            tellApplicants(decision, notice);
        }
        return noticeView(call, notice);
    }

    @PermitAll
    public NoticeView notice(long callId) {
        FundingCall call = access.call(callId);
        PublicNotice notice = notice(call).orElseThrow(() -> new NotFoundException("notice", callId));
        return noticeView(call, notice);
    }

    /** Anyone may object while the notice is open. */
    @PermitAll
    public long object(long callId, ObjectionForm form, String evidenceName, InputStream evidence) {
        FundingCall call = access.call(callId);
        PublicNotice notice = notice(call).orElseThrow(() -> new NotFoundException("notice", callId));
        Instant now = Instant.now(clock);
        if (!notice.openAt(now)) {
            throw new ConflictException("notice.closed");
        }
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        String name = required(form.name(), "name", 100);
        String contact = required(form.contact(), "contact", 200);
        String text = required(form.text(), "text", 4000);
        Submission submission = null;
        if (form.submissionId() != null) {
            submission = decisions(call).stream()
                    .map(FundingDecision::submission)
                    .filter(s -> s.id().equals(form.submissionId()))
                    .findFirst()
                    .orElseThrow(() -> InvalidInputException.of("submissionId", "objection.notListed"));
        }
        NoticeObjection objection = new NoticeObjection(notice, submission, name, contact, text, now);
        if (evidence != null) {
            DocumentStore.Accepted stored = store.accept(evidence, evidenceName, "evidence");
            objection.attachEvidence(stored.fileName(), stored.contentType(), stored.key());
        }
        em.persist(objection);
        em.flush();
        audit.recordAs(
                "public",
                "objection.filed",
                "call",
                callId,
                null,
                Map.of(
                        "objectionId",
                        objection.id(),
                        "submissionId",
                        form.submissionId() == null ? "" : form.submissionId()));
        return objection.id();
    }

    public List<ObjectionView> objections(long callId) {
        FundingCall call = access.call(callId);
        return em.createQuery(
                        "select o from NoticeObjection o where o.notice.call = :call order by o.filedAt",
                        NoticeObjection.class)
                .setParameter("call", call)
                .getResultStream()
                .map(Decisions::view)
                .toList();
    }

    public DocumentContent evidence(long callId, long objectionId) {
        NoticeObjection objection = objection(callId, objectionId);
        if (objection.evidenceKey() == null) {
            throw new NotFoundException("evidence", objectionId);
        }
        java.nio.file.Path file = store.file(objection.evidenceKey());
        return new DocumentContent(
                objection.evidenceName(),
                objection.evidenceType(),
                file.toFile().length(),
                file);
    }

    /** Upholding or dismissing an objection after the re-review, with the resolution the objector is owed. */
    public ObjectionView resolve(long callId, long objectionId, NoticeObjection.Status outcome, String resolution) {
        NoticeObjection objection = objection(callId, objectionId);
        if (outcome == null || outcome == NoticeObjection.Status.OPEN) {
            throw InvalidInputException.of("outcome", "objection.outcome.required");
        }
        String text = required(resolution, "resolution", 4000);
        if (objection.status() != NoticeObjection.Status.OPEN) {
            throw new ConflictException("objection.resolved");
        }
        ObjectionView before = view(objection);
        objection.resolve(outcome, text, callers.name(), Instant.now(clock));
        em.flush();
        ObjectionView after = view(objection);
        audit.record("objection.resolved", "call", callId, before, after);
        return after;
    }

    /** Makes the decisions final once the window has closed and no objection is open. */
    public NoticeView finalizeAwards(long callId) {
        FundingCall call = access.call(callId);
        PublicNotice notice = notice(call).orElseThrow(() -> new NotFoundException("notice", callId));
        Instant now = Instant.now(clock);
        if (notice.finalizedAt() != null) {
            throw new ConflictException("notice.final");
        }
        if (now.isBefore(notice.closesAt())) {
            throw new ConflictException(
                    "notice.stillOpen", WHEN.format(notice.closesAt().atZone(calendar.zone())));
        }
        long open = openObjections(notice);
        if (open > 0) {
            throw new ConflictException("notice.openObjections", open);
        }
        decisions(call).forEach(FundingDecision::makeFinal);
        notice.finalizeAt(now);
        em.flush();
        audit.record(
                "awards.finalized",
                "call",
                callId,
                null,
                Map.of("decisions", decisions(call).size()));
        return noticeView(call, notice);
    }

    private void requireWithinFund(FundingCall call) {
        long funded = decisions(call).stream()
                .filter(d -> d.outcome() == FundingDecision.Outcome.FUNDED)
                .mapToLong(FundingDecision::amountMinor)
                .sum();
        if (funded > call.fundTotal().minor()) {
            throw new ConflictException("decision.aboveFund", call.fundTotal().major());
        }
    }

    private void tellApplicants(FundingDecision decision, PublicNotice notice) {
        String template =
                switch (decision.outcome()) {
                    case FUNDED -> "decisionFunded";
                    case RESERVE -> "decisionReserve";
                    case DECLINED -> "decisionDeclined";
                };
        Submission s = decision.submission();
        for (Membership member : em.createNamedQuery(Membership.OF_ORGANIZATION, Membership.class)
                .setParameter("organizationId", s.organization().id())
                .getResultList()) {
            UserAccount user = member.user();
            mailer.send(MailTemplates.render(
                    user.email(),
                    user.locale(),
                    template,
                    registry.currentCityName(user.locale()),
                    user.displayName(),
                    s.call().title(user.locale()),
                    s.title(),
                    s.receiptNo() == null ? "" : s.receiptNo(),
                    decision.amountMinor() == null
                            ? ""
                            : Money.ofMinor(decision.amountMinor(), s.call().currency())
                                            .major()
                                            .toPlainString() + " " + s.call().currency(),
                    WHEN.format(notice.closesAt().atZone(calendar.zone())),
                    decision.reason() == null ? "" : decision.reason()));
        }
    }

    private NoticeView noticeView(FundingCall call, PublicNotice notice) {
        List<DecisionView> awards = decisions(call).stream()
                .filter(d -> d.outcome() == FundingDecision.Outcome.FUNDED)
                .map(Decisions::view)
                .toList();
        return new NoticeView(
                call.id(),
                call.titleZh(),
                call.titleEn(),
                notice.opensAt(),
                notice.closesAt(),
                notice.openAt(Instant.now(clock)),
                notice.finalizedAt(),
                awards,
                openObjections(notice));
    }

    private long openObjections(PublicNotice notice) {
        return em.createQuery(
                        "select count(o) from NoticeObjection o where o.notice = :n and o.status = :open", Long.class)
                .setParameter("n", notice)
                .setParameter("open", NoticeObjection.Status.OPEN)
                .getSingleResult();
    }

    private NoticeObjection objection(long callId, long objectionId) {
        NoticeObjection objection = em.find(NoticeObjection.class, objectionId);
        if (objection == null || !objection.notice().call().id().equals(callId)) {
            throw new NotFoundException("objection", objectionId);
        }
        return objection;
    }

    private Optional<PublicNotice> notice(FundingCall call) {
        return em.createQuery("select n from PublicNotice n where n.call = :call", PublicNotice.class)
                .setParameter("call", call)
                .getResultStream()
                .findFirst();
    }

    private Optional<FundingDecision> decisionOf(Submission submission) {
        return em.createQuery("select d from FundingDecision d where d.submission = :s", FundingDecision.class)
                .setParameter("s", submission)
                .getResultStream()
                .findFirst();
    }

    private List<FundingDecision> decisions(FundingCall call) {
        return em.createQuery(
                        "select d from FundingDecision d join fetch d.submission"
                                + " where d.submission.call = :call order by d.submission.id",
                        FundingDecision.class)
                .setParameter("call", call)
                .getResultList();
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "objection." + field + ".required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw InvalidInputException.of(field, "field.tooLong", max);
        }
        return stripped;
    }

    static DecisionView view(FundingDecision d) {
        Submission s = d.submission();
        String currency = s.call().currency();
        return new DecisionView(
                s.id(),
                s.receiptNo(),
                s.title(),
                s.organization().nameZh(),
                s.categoryCode(),
                d.outcome(),
                d.amountMinor() == null
                        ? null
                        : Money.ofMinor(d.amountMinor(), currency).major(),
                currency,
                d.reason(),
                d.decidedBy(),
                d.decidedAt(),
                d.isFinal(),
                d.version());
    }

    private static ObjectionView view(NoticeObjection o) {
        return new ObjectionView(
                o.id(),
                o.submission() == null ? null : o.submission().id(),
                o.submission() == null ? null : o.submission().title(),
                o.name(),
                o.contact(),
                o.text(),
                o.evidenceName(),
                o.status(),
                o.resolution(),
                o.resolvedBy(),
                o.resolvedAt(),
                o.filedAt());
    }
}

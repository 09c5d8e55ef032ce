package org.seedbed.submission.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.control.Eligibility;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.call.form.AnswerCheck;
import org.seedbed.call.form.AnswerDiff;
import org.seedbed.call.form.Budget;
import org.seedbed.call.form.BudgetLimits;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.money.Money;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Membership;
import org.seedbed.organization.entity.Organization;
import org.seedbed.print.control.PdfDocuments;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.submission.control.ApplicantFactsReader;
import org.seedbed.submission.control.SubmissionMail;
import org.seedbed.submission.control.SubmissionPrint;
import org.seedbed.submission.control.SubmissionViews;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionAttachment;
import org.seedbed.submission.entity.SubmissionRevision;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Applying to calls. NGO members start a submission for one of their organizations, save drafts
 * (co-applicants are protected from overwriting each other by the version they edited), review
 * what is missing and whether they are eligible, submit before the deadline, and withdraw.
 * Officers list and screen submissions. Whatever the client says, the server's clock and the
 * call's deadline decide whether a submission is accepted.
 */
@Stateless
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
public class Submissions {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicantFactsReader facts;

    @Inject
    SubmissionMail mail;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    PdfDocuments pdf;

    @RolesAllowed("NGO_MEMBER")
    public SubmissionView start(NewSubmission form) {
        if (form == null || form.callId() == null) {
            throw InvalidInputException.of("callId", "submission.call.required");
        }
        if (form.organizationId() == null) {
            throw InvalidInputException.of("organizationId", "submission.organization.required");
        }
        FundingCall call = Optional.ofNullable(em.find(FundingCall.class, form.callId()))
                .filter(c -> c.status() != org.seedbed.call.entity.CallStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("call", form.callId()));
        Organization organization = Optional.ofNullable(em.find(Organization.class, form.organizationId()))
                .filter(this::isMember)
                .orElseThrow(() -> new NotFoundException("organization", form.organizationId()));
        Instant now = Instant.now(clock);
        if (!call.acceptsNewApplicationsAt(now)) {
            throw new ConflictException("submission.callNotOpen");
        }
        String title = form.title() == null || form.title().isBlank()
                ? call.titleZh()
                : form.title().trim();
        if (title.length() > 200) {
            throw InvalidInputException.of("title", "field.tooLong", 200);
        }
        Submission submission = new Submission(
                call, organization, call.currentForm(call.firstStage()).orElseThrow(), title, callers.name(), now);
        em.persist(submission);
        em.flush();
        SubmissionView view = view(submission, true);
        audit.record("submission.started", "submission", submission.id(), null, summary(submission));
        return view;
    }

    /**
     * Saves a draft: format problems are refused (nothing is saved), missing answers are not (a
     * draft may be incomplete). A stale version means a co-applicant saved meanwhile: 409.
     */
    @RolesAllowed("NGO_MEMBER")
    public SubmissionView save(long id, DraftForm form) {
        Submission submission = applicantOf(id);
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        // Without the version edited, a stale page would silently overwrite a co-applicant's work.
        if (form.version() == null) {
            throw InvalidInputException.of("version", "submission.version.required");
        }
        if (form.version() != submission.version()) {
            throw new ConflictException("submission.changedMeanwhile", submission.updatedBy());
        }
        Instant now = Instant.now(clock);
        if (!submission.editableAt(now)) {
            throw new ConflictException("submission.notEditable");
        }
        FormDefinition definition =
                FormDefinition.fromJson(submission.formVersion().definition());
        JsonObject answers = form.answers() == null ? SubmissionViews.answers(submission.answers()) : form.answers();
        List<FieldProblem> problems =
                new ArrayList<>(AnswerCheck.problems(definition, answers, limits(submission.call()), false));
        String title = form.title() == null || form.title().isBlank()
                ? submission.title()
                : form.title().trim();
        if (title.length() > 200) {
            problems.add(FieldProblem.of("title", "field.tooLong", 200));
        }
        if (form.categoryCode() != null
                && submission.call().category(form.categoryCode()).isEmpty()) {
            problems.add(FieldProblem.of("categoryCode", "submission.category.unknown", form.categoryCode()));
        }
        problems.addAll(unknownFiles(submission, definition, answers));
        Long requested = requestedMinor(definition, answers, submission, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SubmissionStatus status = submission.status();
        submission.saveDraft(title, form.categoryCode(), answers.toString(), requested, callers.name(), now);
        em.flush();
        if (status != SubmissionStatus.DRAFT) {
            // Changes after screening reopened it are part of the record.
            audit.record("submission.amended", "submission", id, null, summary(submission));
        }
        return view(submission, true);
    }

    public SubmissionView find(long id) {
        Submission submission = readable(id);
        return view(submission, isMember(submission.organization()));
    }

    /** What stands between the draft and submitting it: missing answers, eligibility, the budget. */
    public ReadinessView readiness(long id) {
        Submission submission = readable(id);
        FormDefinition definition =
                FormDefinition.fromJson(submission.formVersion().definition());
        JsonObject answers = SubmissionViews.answers(submission.answers());
        List<FieldProblem> problems =
                new ArrayList<>(AnswerCheck.problems(definition, answers, limits(submission.call()), true));
        if (submission.categoryCode() == null && !submission.call().categories().isEmpty()) {
            problems.add(FieldProblem.of("categoryCode", "submission.category.required"));
        } else if (submission.categoryCode() != null
                && submission.call().category(submission.categoryCode()).isEmpty()) {
            problems.add(FieldProblem.of("categoryCode", "submission.category.unknown", submission.categoryCode()));
        }
        List<Eligibility.Result> eligibility = facts.evaluate(submission);
        Budget budget = definition
                .budgetQuestion()
                .map(q -> Budget.of(answers.get(q.key()) instanceof jakarta.json.JsonArray array ? array : null))
                .orElse(null);
        boolean late =
                !Instant.now(clock).isBefore(submission.dueAt()) && submission.status() == SubmissionStatus.DRAFT;
        return new ReadinessView(
                problems,
                SubmissionViews.views(eligibility),
                budget == null ? null : budget.total(),
                budget == null ? null : budget.requested(),
                budget == null ? null : budget.cofundingShare(),
                late,
                problems.isEmpty() && Eligibility.allPassed(eligibility) && !late);
    }

    /** Submits before the deadline (or before a reopened submission's date), with a receipt number. */
    @RolesAllowed("NGO_MEMBER")
    public SubmissionView submit(long id, Long version) {
        Submission submission = applicantOf(id);
        if (version != null && version != submission.version()) {
            throw new ConflictException("submission.changedMeanwhile", submission.updatedBy());
        }
        Instant now = Instant.now(clock);
        if (!submission.editableAt(now)) {
            throw new ConflictException(
                    submission.status() == SubmissionStatus.DRAFT
                            ? "submission.deadlinePassed"
                            : "submission.notEditable");
        }
        // Two submissions of one organization at once must not both pass the per-organization limit.
        em.lock(submission.organization(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ReadinessView readiness = readiness(id);
        if (!readiness.problems().isEmpty()) {
            throw new InvalidInputException(readiness.problems());
        }
        List<Eligibility.Result> eligibility = facts.evaluate(submission);
        if (!Eligibility.allPassed(eligibility)) {
            throw new ConflictException("submission.notEligible");
        }
        Map<String, Object> before = summary(submission);
        SubmissionRevision revision = submission.submit(
                receiptNumber(submission, now), SubmissionViews.toJson(eligibility), callers.name(), now);
        em.flush();
        audit.record(
                "submission.submitted",
                "submission",
                id,
                before,
                Map.of(
                        "status",
                        submission.status(),
                        "receiptNo",
                        submission.receiptNo(),
                        "revision",
                        revision.number()));
        mail.receipt(submission, calendar.zone());
        return view(submission, true);
    }

    @RolesAllowed("NGO_MEMBER")
    public SubmissionView withdraw(long id) {
        Submission submission = applicantOf(id);
        Instant now = Instant.now(clock);
        if (!submission.withdrawableAt(now)) {
            throw new ConflictException("submission.notWithdrawable");
        }
        Map<String, Object> before = summary(submission);
        submission.withdraw(callers.name(), now);
        em.flush();
        audit.record("submission.withdrawn", "submission", id, before, summary(submission));
        return view(submission, true);
    }

    /** The caller's organizations' submissions, newest first. */
    @RolesAllowed("NGO_MEMBER")
    public List<SubmissionView> mine() {
        return em.createQuery(
                        "select s from Submission s where s.organization.id in"
                                + " (select m.organization.id from Membership m where m.user.id = :user)"
                                + " order by s.createdAt desc",
                        Submission.class)
                .setParameter("user", callers.current().id())
                .getResultStream()
                .map(s -> view(s, true))
                .toList();
    }

    /** Submissions of a call for officers, drafts excluded (they are the applicants’ business). */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<SubmissionView> ofCall(long callId, SubmissionFilter filter) {
        FundingCall call = Optional.ofNullable(em.find(FundingCall.class, callId))
                .orElseThrow(() -> new NotFoundException("call", callId));
        SubmissionFilter f = filter == null ? SubmissionFilter.none() : filter;
        List<Long> units = f.orgUnitId() == null ? null : orgUnitsBelow(f.orgUnitId());
        return em.createQuery(
                        "select s from Submission s join fetch s.organization where s.call = :call"
                                + " and s.submittedAt is not null order by s.submittedAt",
                        Submission.class)
                .setParameter("call", call)
                .getResultStream()
                .filter(s -> f.status() == null || s.status() == f.status())
                .filter(s -> f.categoryCode() == null || f.categoryCode().equals(s.categoryCode()))
                .filter(s -> units == null
                        || units.contains(s.organization().orgUnit().id()))
                .filter(s -> f.text() == null
                        || s.title().contains(f.text())
                        || s.organization().nameZh().contains(f.text())
                        || (s.receiptNo() != null
                                && s.receiptNo().equalsIgnoreCase(f.text().trim())))
                .map(s -> view(s, false))
                .filter(v -> f.eligible() == null
                        || f.eligible() == v.eligibility().stream().allMatch(EligibilityView::passed))
                .toList();
    }

    /** A call's submissions (filtered as the list is) as CSV. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public String exportCsv(long callId, SubmissionFilter filter) {
        return org.seedbed.submission.control.SubmissionExport.csv(ofCall(callId, filter), calendar.zone());
    }

    /** A call's submissions (filtered as the list is) as an Excel workbook. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public byte[] exportXlsx(long callId, SubmissionFilter filter) {
        return org.seedbed.submission.control.SubmissionExport.xlsx(ofCall(callId, filter), calendar.zone());
    }

    /** Records a screening decision (资格审查) and tells the applicants. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public SubmissionView screen(long id, ScreeningForm form) {
        Submission submission = Optional.ofNullable(em.find(Submission.class, id))
                .filter(Submission::wasSubmitted)
                .orElseThrow(() -> new NotFoundException("submission", id));
        if (form == null || form.decision() == null) {
            throw InvalidInputException.of("decision", "screening.decision.required");
        }
        if (form.version() != null && form.version() != submission.version()) {
            throw new ConflictException("submission.changedMeanwhile", submission.updatedBy());
        }
        if (isMember(submission.organization())) {
            throw new ConflictException("screening.ownOrganization");
        }
        if (!submission.awaitsScreeningAt(Instant.now(clock))) {
            throw new ConflictException("screening.notAwaiting", submission.status());
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().trim();
        Instant now = Instant.now(clock);
        Instant until = form.reopenUntil() == null
                ? null
                : form.reopenUntil().atZone(calendar.zone()).toInstant();
        List<FieldProblem> problems = new ArrayList<>();
        switch (form.decision()) {
            case ELIGIBLE -> {
                if (submission.stage() == ApplicationStage.INTENT) {
                    // A letter of intent is not an application to review: it is invited or declined.
                    problems.add(FieldProblem.of("decision", "screening.intent.inviteInstead"));
                }
            }
            case INELIGIBLE -> {
                if (note == null) {
                    problems.add(FieldProblem.of("note", "screening.reason.required"));
                }
            }
            case MORE_INFO_REQUESTED -> {
                if (note == null) {
                    problems.add(FieldProblem.of("note", "screening.request.required"));
                }
                if (until == null || !until.isAfter(now)) {
                    problems.add(FieldProblem.of("reopenUntil", "screening.reopenUntil.future"));
                }
            }
            default -> problems.add(FieldProblem.of("decision", "screening.decision.required"));
        }
        if (note != null && note.length() > 2000) {
            problems.add(FieldProblem.of("note", "field.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> before = summary(submission);
        submission.screen(form.decision(), note, until, callers.name(), now);
        em.flush();
        audit.record("submission.screened", "submission", id, before, summary(submission));
        mail.screened(submission, calendar.zone());
        return view(submission, false);
    }

    /**
     * Invites the organization of a submitted letter of intent to a full proposal: the submission
     * becomes a proposal draft on the call's current proposal form, carrying over the answers to
     * questions both forms share, due by the call's deadline.
     */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public SubmissionView invite(long id, InvitationForm form) {
        Submission submission = Optional.ofNullable(em.find(Submission.class, id))
                .filter(Submission::wasSubmitted)
                .orElseThrow(() -> new NotFoundException("submission", id));
        if (form != null && form.version() != null && form.version() != submission.version()) {
            throw new ConflictException("submission.changedMeanwhile", submission.updatedBy());
        }
        if (isMember(submission.organization())) {
            throw new ConflictException("screening.ownOrganization");
        }
        Instant now = Instant.now(clock);
        if (submission.stage() != ApplicationStage.INTENT || !submission.awaitsScreeningAt(now)) {
            throw new ConflictException("screening.notAnIntent");
        }
        if (!now.isBefore(submission.call().deadlineAt())) {
            throw new ConflictException("screening.inviteAfterDeadline");
        }
        String note = form == null || form.note() == null || form.note().isBlank()
                ? null
                : form.note().trim();
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of("note", "field.tooLong", 2000);
        }
        var proposalForm = submission.call().currentForm().orElseThrow();
        FormDefinition proposal = FormDefinition.fromJson(proposalForm.definition());
        JsonObject letter = SubmissionViews.answers(submission.answers());
        var carried = jakarta.json.Json.createObjectBuilder();
        for (var question : proposal.questions()) {
            if (letter.containsKey(question.key())
                    && question.type() != org.seedbed.call.form.QuestionType.FILE
                    && FormDefinition.fromJson(submission.formVersion().definition())
                            .question(question.key())
                            .filter(q -> q.type() == question.type())
                            .isPresent()) {
                carried.add(question.key(), letter.get(question.key()));
            }
        }
        Map<String, Object> before = summary(submission);
        submission.invite(proposalForm, carried.build().toString(), note, callers.name(), now);
        em.flush();
        audit.record("submission.invited", "submission", id, before, summary(submission));
        mail.invited(submission, calendar.zone());
        return view(submission, false);
    }

    /** Each submitted revision with what changed since the one before of the same stage. */
    public List<RevisionView> revisions(long id) {
        Submission submission = readable(id);
        FormDefinition definition =
                FormDefinition.fromJson(submission.formVersion().definition());
        FormDefinition intentDefinition = submission.intentFormVersion() == null
                ? definition
                : FormDefinition.fromJson(submission.intentFormVersion().definition());
        List<RevisionView> views = new ArrayList<>();
        JsonObject previous = SubmissionViews.answers("{}");
        ApplicationStage previousStage = null;
        for (SubmissionRevision revision : submission.revisions()) {
            JsonObject answers = SubmissionViews.answers(revision.answers());
            if (previousStage != null && previousStage != revision.stage()) {
                // The proposal answers another form: compare it with nothing rather than with the letter.
                previous = SubmissionViews.answers("{}");
            }
            previousStage = revision.stage();
            views.add(new RevisionView(
                    revision.number(),
                    revision.title(),
                    revision.submittedBy(),
                    revision.submittedAt(),
                    revision.stage(),
                    AnswerDiff.between(
                            revision.stage() == ApplicationStage.INTENT ? intentDefinition : definition,
                            previous,
                            answers)));
            previous = answers;
        }
        return views;
    }

    /** The printable application (申报书) as PDF, in the given language, with Chinese text embedded. */
    public byte[] printable(long id, Locale locale) {
        Submission submission = readable(id);
        SubmissionView view = view(submission, isMember(submission.organization()));
        String category = submission.categoryCode() == null
                ? ""
                : submission
                        .call()
                        .category(submission.categoryCode())
                        .map(c -> c.name(locale))
                        .orElse(submission.categoryCode());
        FormDefinition definition =
                FormDefinition.fromJson(submission.formVersion().definition());
        String xhtml =
                new SubmissionPrint(view, definition, category, locale, calendar.zone()).xhtml(Instant.now(clock));
        return pdf.render(xhtml);
    }

    /** The letter-of-intent form an invited submission answered first, if it was one. */
    public Optional<FormDefinition> intentForm(long id) {
        Submission submission = readable(id);
        return Optional.ofNullable(submission.intentFormVersion())
                .or(() -> submission.stage() == ApplicationStage.INTENT
                        ? Optional.of(submission.formVersion())
                        : Optional.empty())
                .map(v -> FormDefinition.fromJson(v.definition()));
    }

    /** The form the submission answers (its own version, not the call's latest). */
    public FormDefinition form(long id) {
        return FormDefinition.fromJson(readable(id).formVersion().definition());
    }

    private Long requestedMinor(
            FormDefinition definition, JsonObject answers, Submission submission, List<FieldProblem> problems) {
        try {
            return definition
                    .budgetQuestion()
                    .filter(q -> answers.get(q.key()) instanceof jakarta.json.JsonArray)
                    .map(q -> Budget.of(answers.getJsonArray(q.key())).requested())
                    .map(amount -> Money.ofMajor(
                            amount.setScale(2, java.math.RoundingMode.HALF_UP),
                            submission.call().currency()))
                    .map(Money::minor)
                    .orElse(null);
        } catch (ArithmeticException tooLarge) {
            problems.add(
                    FieldProblem.of(definition.budgetQuestion().orElseThrow().key(), "submission.budget.tooLarge"));
            return null;
        }
    }

    /** File answers may only name this submission's own attachments to that question. */
    private List<FieldProblem> unknownFiles(Submission submission, FormDefinition definition, JsonObject answers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (var question : definition.questions()) {
            if (question.type() != org.seedbed.call.form.QuestionType.FILE
                    || !(answers.get(question.key()) instanceof jakarta.json.JsonArray ids)
                    || ids.isEmpty()) {
                continue;
            }
            List<Long> attached = em.createQuery(
                            "select a.id from SubmissionAttachment a where a.submission = :s and a.questionKey = :key",
                            Long.class)
                    .setParameter("s", submission)
                    .setParameter("key", question.key())
                    .getResultList();
            boolean foreign = ids.stream()
                    .anyMatch(v -> !(v instanceof jakarta.json.JsonNumber n) || !attached.contains(n.longValue()));
            if (foreign) {
                problems.add(FieldProblem.of(question.key(), "submission.attachment.unknown"));
            }
        }
        return problems;
    }

    private BudgetLimits limits(FundingCall call) {
        return new BudgetLimits(
                call.budgetMinimum() == null ? null : call.budgetMinimum().major(),
                call.budgetCap() == null ? null : call.budgetCap().major(),
                call.cofundingPercent(),
                call.categories().stream().map(c -> c.code()).collect(java.util.stream.Collectors.toSet()));
    }

    private String receiptNumber(Submission submission, Instant now) {
        // City-unique and readable on the phone: call, date, submission.
        return "GY%03d-%s-%05d"
                .formatted(
                        submission.call().id(),
                        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd").format(now.atZone(calendar.zone())),
                        submission.id());
    }

    private List<Long> orgUnitsBelow(long unitId) {
        return em.createNativeQuery(
                        """
                        with recursive below(id) as (
                            select id from org_unit where id = ?1
                            union all select u.id from org_unit u join below b on u.parent_id = b.id)
                        select id from below
                        """)
                .setParameter(1, unitId)
                .getResultStream()
                .map(n -> ((Number) n).longValue())
                .toList();
    }

    private Map<String, Object> summary(Submission s) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("status", s.status());
        summary.put("title", s.title());
        if (s.receiptNo() != null) {
            summary.put("receiptNo", s.receiptNo());
        }
        if (s.screeningNote() != null) {
            summary.put("screeningNote", s.screeningNote());
        }
        if (s.reopenedUntil() != null) {
            summary.put("reopenedUntil", s.reopenedUntil().toString());
        }
        return summary;
    }

    private SubmissionView view(Submission submission, boolean mayEdit) {
        List<SubmissionAttachment> attachments = em.createQuery(
                        "select a from SubmissionAttachment a where a.submission = :s order by a.uploadedAt",
                        SubmissionAttachment.class)
                .setParameter("s", submission)
                .getResultList();
        return SubmissionViews.of(submission, attachments, mayEdit, Instant.now(clock));
    }

    Submission applicantOf(long id) {
        Submission submission = Optional.ofNullable(em.find(Submission.class, id))
                .orElseThrow(() -> new NotFoundException("submission", id));
        if (!isMember(submission.organization())) {
            throw new NotFoundException("submission", id);
        }
        return submission;
    }

    private Submission readable(long id) {
        Submission submission = Optional.ofNullable(em.find(Submission.class, id))
                .orElseThrow(() -> new NotFoundException("submission", id));
        boolean member = isMember(submission.organization());
        // Officers see a submission once it is submitted; a draft is the applicants' own.
        if (member || (callers.isStaff() && submission.wasSubmitted())) {
            return submission;
        }
        throw new NotFoundException("submission", id);
    }

    private boolean isMember(Organization organization) {
        return callers.isSignedIn()
                && em.find(
                                Membership.class,
                                new Membership.Key(
                                        organization.id(), callers.current().id()))
                        != null;
    }
}

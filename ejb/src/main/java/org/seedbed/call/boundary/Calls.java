package org.seedbed.call.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.control.CallTemplates;
import org.seedbed.call.control.CallViews;
import org.seedbed.call.control.EligibilityRules;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.call.entity.CallCategory;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormDefinitionCheck;
import org.seedbed.call.form.ReportFormRules;
import org.seedbed.money.Money;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Venture-philanthropy calls. Program officers draft a call (terms, categories, eligibility rules,
 * application form), publish it, close and archive it; anyone reads published calls. A draft
 * call is "not found" for everyone but the city's staff.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class Calls {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** A new draft call; without categories or form, it starts from Baohe's six and the standard form. */
    public CallView create(CallForm form) {
        Instant now = Instant.now(clock);
        FundingCall call = new FundingCall(unit(form), callers.name(), now);
        describe(call, withDefaults(form));
        call.editForm(CallTemplates.standardForm().toJson());
        call.editReportForm(CallTemplates.reportForm().toJson());
        em.persist(call);
        em.flush();
        CallView view = view(call);
        audit.record("call.created", "call", call.id(), null, view);
        return view;
    }

    public CallView update(long id, CallForm form) {
        FundingCall call = call(id);
        checkVersion(call, form == null ? null : form.version());
        if (call.status() == CallStatus.ARCHIVED) {
            throw new ConflictException("call.archived");
        }
        CallView before = view(call);
        describe(call, form);
        em.flush();
        CallView after = view(call);
        audit.record("call.updated", "call", id, before, after);
        return after;
    }

    /** The form as officers are editing it (applicants get the published version). */
    @PermitAll
    public FormDefinition draftForm(long id) {
        FundingCall call = call(id);
        requireVisible(call);
        return callers.isStaff()
                ? FormDefinition.fromJson(call.formDraft())
                : call.currentForm()
                        .map(v -> FormDefinition.fromJson(v.definition()))
                        .orElseThrow(() -> new NotFoundException("call", id));
    }

    /** Saves the form being built; a published call gets it as a new version when published again. */
    public FormDefinition editForm(long id, FormDefinition form, Long version) {
        FundingCall call = editableForm(id, form, version);
        String before = call.formDraft();
        call.editForm(form.toJson());
        em.flush();
        audit.record("call.formEdited", "call", id, before, call.formDraft());
        return FormDefinition.fromJson(call.formDraft());
    }

    /** The call whose form may be saved: the version read, not closed, and a form without problems. */
    private FundingCall editableForm(long id, FormDefinition form, Long version) {
        FundingCall call = call(id);
        checkVersion(call, version);
        if (call.status() == CallStatus.CLOSED || call.status() == CallStatus.ARCHIVED) {
            throw new ConflictException("call.formFrozen", call.status());
        }
        List<FieldProblem> problems = FormDefinitionCheck.problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return call;
    }

    /** A two-stage call's letter-of-intent form: as officers edit it, or as applicants get it. */
    @PermitAll
    public FormDefinition draftIntentForm(long id) {
        FundingCall call = call(id);
        requireVisible(call);
        if (callers.isStaff()) {
            return call.intentFormDraft() == null
                    ? CallTemplates.intentForm()
                    : FormDefinition.fromJson(call.intentFormDraft());
        }
        return call.currentForm(ApplicationStage.INTENT)
                .map(v -> FormDefinition.fromJson(v.definition()))
                .orElseThrow(() -> new NotFoundException("call", id));
    }

    /** Saves the letter-of-intent form being built, like {@link #editForm} for the proposal form. */
    public FormDefinition editIntentForm(long id, FormDefinition form, Long version) {
        FundingCall call = editableForm(id, form, version);
        String before = call.intentFormDraft();
        call.editIntentForm(form.toJson());
        em.flush();
        audit.record("call.intentFormEdited", "call", id, before, call.intentFormDraft());
        return FormDefinition.fromJson(call.intentFormDraft());
    }

    /** The questions the call's grant reports ask besides narrative and indicators (none until saved). */
    public FormDefinition draftReportForm(long id) {
        FundingCall call = call(id);
        return call.reportForm() == null ? FormDefinition.empty() : FormDefinition.fromJson(call.reportForm());
    }

    /**
     * Saves the report questions. They may change at any time, also after the call closed, since reports
     * come long after; reports already scheduled keep the questions they were scheduled with.
     */
    public FormDefinition editReportForm(long id, FormDefinition form, Long version) {
        FundingCall call = call(id);
        checkVersion(call, version);
        if (call.status() == CallStatus.ARCHIVED) {
            throw new ConflictException("call.formFrozen", call.status());
        }
        boolean none = form == null || form.pages().isEmpty();
        List<FieldProblem> problems = new ArrayList<>();
        if (!none) {
            problems.addAll(FormDefinitionCheck.problems(form));
            problems.addAll(ReportFormRules.problems(form));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = call.reportForm();
        call.editReportForm(none ? null : form.toJson());
        em.flush();
        audit.record("call.reportFormEdited", "call", id, before, call.reportForm());
        return draftReportForm(id);
    }

    /** Opens the call with the current forms frozen as their next versions. */
    public CallView publish(long id, Long version) {
        FundingCall call = call(id);
        checkVersion(call, version);
        List<FieldProblem> problems =
                new ArrayList<>(FormDefinitionCheck.problems(FormDefinition.fromJson(call.formDraft())));
        if (call.categories().isEmpty()) {
            problems.add(FieldProblem.of("categories", "call.categories.required"));
        }
        if (!call.deadlineAt().isAfter(Instant.now(clock))) {
            problems.add(FieldProblem.of("deadlineAt", "call.deadline.past"));
        }
        if (call.stages() == CallStages.TWO_STAGE) {
            if (call.intentDeadlineAt() == null) {
                problems.add(FieldProblem.of("intentDeadlineAt", "call.intentDeadline.required"));
            }
            if (call.intentFormDraft() == null) {
                // Officers who never opened the letter form publish the standard one.
                call.editIntentForm(CallTemplates.intentForm().toJson());
            }
            FormDefinitionCheck.problems(FormDefinition.fromJson(call.intentFormDraft())).stream()
                    .map(p -> new FieldProblem("intentForm", p.key(), p.args()))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (call.status() == CallStatus.CLOSED || call.status() == CallStatus.ARCHIVED) {
            throw new ConflictException("call.notPublishable", call.status());
        }
        CallView before = view(call);
        // Two officers publishing at once must not number two form versions alike.
        em.lock(call, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        call.publish(Instant.now(clock));
        em.flush();
        CallView after = view(call);
        audit.record("call.published", "call", id, before, after);
        return after;
    }

    public CallView close(long id) {
        FundingCall call = call(id);
        if (call.status() != CallStatus.PUBLISHED) {
            throw new ConflictException("call.notPublished");
        }
        CallView before = view(call);
        call.close(Instant.now(clock));
        em.flush();
        CallView after = view(call);
        audit.record("call.closed", "call", id, before, after);
        return after;
    }

    public CallView archive(long id) {
        FundingCall call = call(id);
        if (call.status() == CallStatus.PUBLISHED) {
            throw new ConflictException("call.closeFirst");
        }
        CallView before = view(call);
        call.archive();
        em.flush();
        CallView after = view(call);
        audit.record("call.archived", "call", id, before, after);
        return after;
    }

    /** Published, closed and archived calls, for everyone; newest deadline first. */
    @PermitAll
    public List<CallView> published() {
        return em.createQuery(
                        "select c from FundingCall c join fetch c.orgUnit where c.status <> :draft order by c.deadlineAt desc",
                        FundingCall.class)
                .setParameter("draft", CallStatus.DRAFT)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /** Every call of the city, drafts included. */
    public List<CallView> all() {
        return em.createQuery(
                        "select c from FundingCall c join fetch c.orgUnit order by c.createdAt desc", FundingCall.class)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    @PermitAll
    public CallView find(long id) {
        FundingCall call = call(id);
        requireVisible(call);
        return view(call);
    }

    private void requireVisible(FundingCall call) {
        if (call.status() == CallStatus.DRAFT && !callers.isStaff()) {
            throw new NotFoundException("call", call.id());
        }
    }

    private CallForm withDefaults(CallForm form) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        return new CallForm(
                form.orgUnitId(),
                form.titleZh(),
                form.titleEn(),
                form.descriptionZh(),
                form.descriptionEn(),
                form.fundTotal(),
                form.budgetMinimum(),
                form.budgetCap(),
                form.cofundingPercent(),
                form.opensAt(),
                form.deadlineAt(),
                form.intentDeadlineAt(),
                form.reviewOn(),
                form.noticeOn(),
                form.startOn(),
                form.stages() == null ? CallStages.ONE_STAGE : form.stages(),
                form.categories() == null || form.categories().isEmpty()
                        ? CallTemplates.baoheCategories()
                        : form.categories(),
                form.eligibility() == null ? EligibilityRules.defaults() : form.eligibility(),
                form.version());
    }

    private void describe(FundingCall call, CallForm form) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String currency = calendar.currency();
        if (form.titleZh() == null || form.titleZh().isBlank()) {
            problems.add(FieldProblem.of("titleZh", "call.title.required"));
        } else if (form.titleZh().trim().length() > 200) {
            problems.add(FieldProblem.of("titleZh", "field.tooLong", 200));
        }
        Money fund = money(form.fundTotal(), currency, "fundTotal", problems);
        if (form.fundTotal() == null) {
            problems.add(FieldProblem.of("fundTotal", "call.fund.required"));
        }
        Money minimum = money(form.budgetMinimum(), currency, "budgetMinimum", problems);
        Money cap = money(form.budgetCap(), currency, "budgetCap", problems);
        if (minimum != null && cap != null && minimum.minor() > cap.minor()) {
            problems.add(FieldProblem.of("budgetCap", "call.cap.belowMinimum"));
        }
        if (cap != null && fund != null && cap.minor() > fund.minor()) {
            problems.add(FieldProblem.of("budgetCap", "call.cap.aboveFund"));
        }
        if (form.cofundingPercent() != null && (form.cofundingPercent() < 0 || form.cofundingPercent() > 100)) {
            problems.add(FieldProblem.of("cofundingPercent", "call.cofunding.range"));
        }
        if (form.opensAt() == null) {
            problems.add(FieldProblem.of("opensAt", "call.opensAt.required"));
        }
        if (form.deadlineAt() == null) {
            problems.add(FieldProblem.of("deadlineAt", "call.deadline.required"));
        } else if (form.opensAt() != null && !form.deadlineAt().isAfter(form.opensAt())) {
            problems.add(FieldProblem.of("deadlineAt", "call.deadline.beforeOpening"));
        }
        CallStages stages = form.stages() == null ? call.stages() : form.stages();
        if (stages == CallStages.TWO_STAGE && form.intentDeadlineAt() != null) {
            if (form.opensAt() != null && !form.intentDeadlineAt().isAfter(form.opensAt())) {
                problems.add(FieldProblem.of("intentDeadlineAt", "call.intentDeadline.beforeOpening"));
            } else if (form.deadlineAt() != null && !form.intentDeadlineAt().isBefore(form.deadlineAt())) {
                problems.add(FieldProblem.of("intentDeadlineAt", "call.intentDeadline.afterDeadline"));
            }
        }
        // A form without categories keeps the call's: applications refer to their codes.
        List<CallCategory> categories =
                form.categories() == null ? call.categories() : categories(form.categories(), currency, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ZoneId zone = calendar.zone();
        call.describe(new FundingCall.Terms(
                unit(form),
                form.titleZh().trim(),
                trim(form.titleEn()),
                trim(form.descriptionZh()),
                trim(form.descriptionEn()),
                fund,
                minimum,
                cap,
                form.cofundingPercent(),
                form.opensAt().atZone(zone).toInstant(),
                form.deadlineAt().atZone(zone).toInstant(),
                form.intentDeadlineAt() == null
                        ? null
                        : form.intentDeadlineAt().atZone(zone).toInstant(),
                form.reviewOn(),
                form.noticeOn(),
                form.startOn(),
                stages,
                (form.eligibility() == null ? EligibilityRules.fromJson(call.eligibility()) : form.eligibility())
                        .toJson(),
                categories));
    }

    private static List<CallCategory> categories(
            List<CategoryForm> forms, String currency, List<FieldProblem> problems) {
        List<CallCategory> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int order = 0;
        for (CategoryForm form : forms == null ? List.<CategoryForm>of() : forms) {
            if (form == null) {
                continue;
            }
            if (form.code() == null || !form.code().matches("[A-Z][A-Z0-9_]{0,39}") || !codes.add(form.code())) {
                problems.add(FieldProblem.of("categories", "call.category.code", form.code()));
                continue;
            }
            if (form.nameZh() == null || form.nameZh().isBlank()) {
                problems.add(FieldProblem.of("categories", "call.category.name", form.code()));
                continue;
            }
            Money budget = money(form.budget(), currency, "categories", problems);
            categories.add(new CallCategory(
                    form.code(),
                    form.nameZh().trim(),
                    trim(form.nameEn()),
                    budget == null ? null : budget.minor(),
                    order++));
        }
        return categories;
    }

    private static Money money(BigDecimal amount, String currency, String field, List<FieldProblem> problems) {
        if (amount == null) {
            return null;
        }
        try {
            if (amount.signum() < 0 || amount.precision() - amount.scale() > 15) {
                throw new ArithmeticException("negative");
            }
            return Money.ofMajor(amount, currency);
        } catch (ArithmeticException e) {
            problems.add(FieldProblem.of(field, "call.amount.invalid"));
            return null;
        }
    }

    private OrgUnit unit(CallForm form) {
        OrgUnit unit = form == null || form.orgUnitId() == null ? null : em.find(OrgUnit.class, form.orgUnitId());
        if (unit == null) {
            throw InvalidInputException.of("orgUnitId", "call.orgUnit.required");
        }
        return unit;
    }

    private CallView view(FundingCall call) {
        return CallViews.of(call, calendar.zone(), Instant.now(clock));
    }

    private static void checkVersion(FundingCall call, Long version) {
        if (version != null && version != call.version()) {
            throw new ConflictException("call.changedMeanwhile");
        }
    }

    private FundingCall call(long id) {
        return Optional.ofNullable(em.find(FundingCall.class, id)).orElseThrow(() -> new NotFoundException("call", id));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

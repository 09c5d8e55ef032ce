package org.seedbed.grant.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.seedbed.call.faces.CallFormat;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.Agreements;
import org.seedbed.grant.boundary.EvaluationAssignment;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.Evaluations;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.grant.boundary.IndicatorTarget;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.boundary.Reports;
import org.seedbed.grant.boundary.TrancheView;
import org.seedbed.grant.boundary.Tranches;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.faces.FieldMessages;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * One grant for officers, staff/grant.xhtml?id=: its money, the agreement (generate, countersign),
 * tranches released only when nothing stands in the way, reports to approve or send back,
 * evaluations to assign (and to order again after a failed one was put right), indicators against
 * their targets, and termination with the claw-back and what was recovered of it.
 */
@Named
@ViewScoped
public class StaffGrantBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Grants grants;

    @Inject
    Agreements agreements;

    @Inject
    Tranches tranches;

    @Inject
    Reports reports;

    @Inject
    Evaluations evaluations;

    @Inject
    Language language;

    @Inject
    CallFormat format;

    @Inject
    CityCalendar calendar;

    private String id;
    private GrantView view;
    private boolean notFound;

    // The assignment dialog.
    private EvaluationStage stage;
    private String evaluatorUsername;
    private String evaluatorOrganization;
    private LocalDate dueOn;

    // The termination and recovery dialogs.
    private String terminationReason;
    private BigDecimal clawback;
    private BigDecimal recovery;

    private final StaffReportReview review = new StaffReportReview();
    private final StaffReevaluation reevaluation = new StaffReevaluation();

    /** View action: the grant of the address. */
    public void load() {
        Long grantId = AddressIds.parse(id);
        if (grantId == null) {
            notFound = true;
            return;
        }
        try {
            view = grants.get(grantId);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    private void reload() {
        if (view == null) {
            return;
        }
        try {
            view = grants.get(view.id());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Runs a change; when it is refused the page shows the grant as it is now, which may explain why. */
    private boolean change(Supplier<GrantView> action, String doneKey, Object... args) {
        if (view == null) {
            return false;
        }
        try {
            view = action.get();
            Texts.info(doneKey, args);
            return true;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            reload();
            return false;
        }
    }

    // ---------------------------------------------------------------- agreement

    public void generateAgreement() {
        change(() -> agreements.generate(view.id()), "grantStaff.agreement.generatedDone");
    }

    public void countersign() {
        change(() -> agreements.countersign(view.id()), "grantStaff.agreement.countersignedDone");
    }

    /** The agreement can be (re)generated until the organization has signed it. */
    public boolean isCanGenerate() {
        return view != null
                && view.status() == Grant.Status.AGREEMENT_PENDING
                && (view.agreement() == null || view.agreement().organizationSignedAt() == null);
    }

    public boolean isCanCountersign() {
        return view != null
                && view.agreement() != null
                && view.agreement().organizationSignedAt() != null
                && view.agreement().officerSignedAt() == null;
    }

    // ---------------------------------------------------------------- tranches

    public void release(int position) {
        TrancheView tranche = tranche(position);
        String amount = tranche == null ? "" : format.money(tranche.amount(), view.currency());
        change(() -> tranches.release(view.id(), position), "grantStaff.tranche.releasedDone", position, amount);
    }

    private TrancheView tranche(int position) {
        return view == null
                ? null
                : view.tranches().stream()
                        .filter(t -> t.position() == position)
                        .findFirst()
                        .orElse(null);
    }

    /** A tranche not paid yet, for which the page offers the release button. */
    public boolean payable(TrancheView tranche) {
        return tranche.status() == Tranche.Status.PLANNED || tranche.status() == Tranche.Status.HELD;
    }

    public boolean releasable(TrancheView tranche) {
        return StaffNextStep.releasable(tranche);
    }

    /** The confirmation before money leaves: which tranche, how much, to whom. */
    public String releaseConfirm(TrancheView tranche) {
        return Texts.text(
                "grantStaff.tranche.release.confirm",
                tranche.position(),
                format.money(tranche.amount(), view.currency()),
                view.organizationName());
    }

    public int getReleasedPercent() {
        return view == null ? 0 : StaffShares.percent(view.released(), view.amount());
    }

    public BigDecimal getRemaining() {
        return view == null ? BigDecimal.ZERO : view.amount().subtract(view.released());
    }

    // ---------------------------------------------------------------- reports

    public void openApprove(ReportView report) {
        review.open(report, view.title(), false);
    }

    public void openChanges(ReportView report) {
        review.open(report, view.title(), true);
    }

    /** Approves the report or asks for changes; the page closes the dialog when the callback says so. */
    public void submitReview() {
        boolean saved = false;
        if (review.isOpen()) {
            try {
                ReportView done = review.submit(reports);
                saved = true;
                Texts.info(
                        done.status() == GrantReport.Status.APPROVED
                                ? "grantStaff.review.approvedDone"
                                : "grantStaff.review.changesDone",
                        done.title());
                review.close();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
            }
            reload();
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** Late as recorded when it came in, or due and still not handed in. */
    public boolean overdue(ReportView report) {
        if (report.late()) {
            return true;
        }
        boolean open =
                report.status() == GrantReport.Status.DUE || report.status() == GrantReport.Status.CHANGES_REQUESTED;
        return open && report.dueOn() != null && report.dueOn().isBefore(calendar.today());
    }

    // ---------------------------------------------------------------- evaluations

    /** The stages without an evaluation yet: each stage is evaluated once. */
    public List<EvaluationStage> getAvailableStages() {
        if (view == null) {
            return List.of();
        }
        return Arrays.stream(EvaluationStage.values())
                .filter(s -> view.evaluations().stream().noneMatch(e -> e.stage() == s))
                .toList();
    }

    /** Evaluations are assigned while the project runs (or is held), before it ends. */
    public boolean isCanAssign() {
        return view != null
                && (view.status() == Grant.Status.ACTIVE || view.status() == Grant.Status.HELD)
                && !getAvailableStages().isEmpty();
    }

    public void openAssign() {
        List<EvaluationStage> available = getAvailableStages();
        stage = available.isEmpty() ? null : available.get(0);
        evaluatorUsername = null;
        evaluatorOrganization = null;
        dueOn = view == null ? null : defaultDue(stage, view.startsOn(), view.endsOn());
    }

    /** When the stage changes in the dialog, its usual due date follows. */
    public void stageChanged() {
        dueOn = view == null ? null : defaultDue(stage, view.startsOn(), view.endsOn());
    }

    /** A mid-term evaluation halfway through the project, the final one on its last day. */
    static LocalDate defaultDue(EvaluationStage stage, LocalDate startsOn, LocalDate endsOn) {
        if (stage == null || startsOn == null || endsOn == null) {
            return null;
        }
        if (stage == EvaluationStage.FINAL) {
            return endsOn;
        }
        return startsOn.plusDays(ChronoUnit.DAYS.between(startsOn, endsOn) / 2);
    }

    public void assign() {
        boolean saved = false;
        if (view != null) {
            try {
                EvaluationView assigned = evaluations.assign(
                        view.id(),
                        new EvaluationAssignment(
                                stage, blankToNull(evaluatorUsername), blankToNull(evaluatorOrganization), dueOn));
                saved = true;
                Texts.info(
                        "grantStaff.evaluation.assignedDone",
                        Texts.text("grant.evaluation.stage." + assigned.stage().name()));
                reload();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** The failed evaluations of a held grant, each waiting for a re-evaluation after rectification. */
    public List<EvaluationView> getFailedEvaluations() {
        return view == null ? List.of() : FailedEvaluations.awaitingReevaluation(view);
    }

    public void openReevaluate(EvaluationStage failedStage) {
        reevaluation.open(getFailedEvaluations(), failedStage, calendar.today());
    }

    /** Orders the stage evaluated again; a refusal for the state of the grant shows the grant as it is now. */
    public void reevaluate() {
        boolean saved = false;
        if (view != null) {
            try {
                EvaluationView ordered = evaluations.reevaluate(view.id(), reevaluation.order());
                saved = true;
                Texts.info(
                        "grantStaff.reevaluation.orderedDone",
                        Texts.text("grant.evaluation.stage." + ordered.stage().name()),
                        ordered.attempt());
                reload();
            } catch (InvalidInputException problem) {
                FieldMessages.show(problem, "reevaluateForm");
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                reload();
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    // ---------------------------------------------------------------- indicators

    public String indicatorName(IndicatorTarget indicator) {
        String name = language.isChinese() ? indicator.nameZh() : indicator.nameEn();
        return name == null || name.isBlank() ? indicator.nameZh() : name;
    }

    public String indicatorUnit(IndicatorTarget indicator) {
        String unit = language.isChinese() ? indicator.unitZh() : indicator.unitEn();
        return unit == null ? "" : unit;
    }

    public int indicatorPercent(IndicatorTarget indicator) {
        return StaffShares.percent(indicator.actual(), indicator.target());
    }

    public String indicatorLabel(String code) {
        return StaffTexts.indicator(code);
    }

    // ---------------------------------------------------------------- termination and recovery

    public boolean isCanTerminate() {
        return view != null && view.status() != Grant.Status.TERMINATED && view.status() != Grant.Status.CLOSED;
    }

    public void openTerminate() {
        terminationReason = null;
        clawback = null;
    }

    public void terminate() {
        boolean saved = change(
                () -> grants.terminate(view.id(), terminationReason, clawback == null ? BigDecimal.ZERO : clawback),
                "grantStaff.terminate.done");
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** What is still to be recovered of the claw-back. */
    public BigDecimal getOpenClawback() {
        if (view == null || view.clawback() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal recovered = view.recovered() == null ? BigDecimal.ZERO : view.recovered();
        return view.clawback().subtract(recovered).max(BigDecimal.ZERO);
    }

    public boolean isCanRecover() {
        return view != null
                && view.status() == Grant.Status.TERMINATED
                && getOpenClawback().signum() > 0;
    }

    public void openRecover() {
        recovery = getOpenClawback();
    }

    public void recover() {
        boolean saved = change(() -> grants.recover(view.id(), recovery), "grantStaff.recovery.done");
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** The banner's advice (grantStaff.next.*): what the grant waits for now. */
    public String getNextStep() {
        return view == null ? null : StaffNextStep.of(view);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public StaffReportReview getReview() {
        return review;
    }

    public StaffReevaluation getReevaluation() {
        return reevaluation;
    }

    public GrantView getView() {
        return view;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EvaluationStage getStage() {
        return stage;
    }

    public void setStage(EvaluationStage stage) {
        this.stage = stage;
    }

    public String getEvaluatorUsername() {
        return evaluatorUsername;
    }

    public void setEvaluatorUsername(String evaluatorUsername) {
        this.evaluatorUsername = evaluatorUsername;
    }

    public String getEvaluatorOrganization() {
        return evaluatorOrganization;
    }

    public void setEvaluatorOrganization(String evaluatorOrganization) {
        this.evaluatorOrganization = evaluatorOrganization;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = terminationReason;
    }

    public BigDecimal getClawback() {
        return clawback;
    }

    public void setClawback(BigDecimal clawback) {
        this.clawback = clawback;
    }

    public BigDecimal getRecovery() {
        return recovery;
    }

    public void setRecovery(BigDecimal recovery) {
        this.recovery = recovery;
    }
}

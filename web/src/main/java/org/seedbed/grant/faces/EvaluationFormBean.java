package org.seedbed.grant.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.EvaluationForm;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.Evaluations;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.grant.control.EvaluationRubric;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * An evaluation form, evaluator/evaluation.xhtml?id=: the grant and its reports to read, points
 * for each dimension of the rubric, bonus and penalty items, comments and evidence, with the total
 * and the pass mark in view while the evaluator types. Saving sends the version the page shows, so
 * that an evaluation changed elsewhere meanwhile is not overwritten; submitting locks it, and a
 * total below the pass mark holds the tranche waiting for it.
 */
@Named
@ViewScoped
public class EvaluationFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form of the page; score inputs are named after the dimensions the use case's problems name. */
    static final String FORM = "evaluationForm";

    @Inject
    Evaluations evaluations;

    @Inject
    Grants grants;

    private String id;
    private EvaluationView evaluation;
    private GrantView grant;
    private EvaluationRubric rubric;
    private List<DimensionScore> rows = List.of();
    private final List<AdjustmentRow> adjustments = new ArrayList<>();
    private String comments;
    private boolean notFound;
    private boolean stale;
    private boolean unsaved;
    private transient UploadedFile evidence;

    /** View action; an evaluation assigned to someone else is "not found". */
    public void load() {
        Long evaluationId = AddressIds.parse(id);
        if (evaluationId == null) {
            notFound = true;
            return;
        }
        try {
            rubric = evaluations.rubric();
            rows = rubric.dimensions().stream().map(DimensionScore::new).toList();
            show(evaluations.get(evaluationId));
            grant = grantOf(evaluation.grantId());
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Any input changed: the tally follows at once, the save waits for the button. */
    public void changed() {
        unsaved = true;
    }

    public void addBonus() {
        adjustments.add(new AdjustmentRow(AdjustmentRow.Kind.BONUS));
    }

    public void addPenalty() {
        adjustments.add(new AdjustmentRow(AdjustmentRow.Kind.PENALTY));
    }

    public void removeAdjustment(int index) {
        if (index >= 0 && index < adjustments.size()) {
            adjustments.remove(index);
            unsaved = true;
        }
    }

    public void save() {
        if (store()) {
            Texts.info("evaluator.saved");
        }
    }

    /** Saves what is on the page, then submits that version; the evaluation is read only afterwards. */
    public void submit() {
        if (!store()) {
            return;
        }
        try {
            show(evaluations.submit(evaluation.id(), evaluation.version()));
            String done = Boolean.TRUE.equals(evaluation.passed())
                    ? "evaluator.submitted.passed"
                    : "evaluator.submitted.failed";
            Texts.info(done, evaluation.total().toPlainString());
            PrimeFaces.current().scrollTo("evaluationHead");
        } catch (SeedbedProblem problem) {
            refused(problem);
        }
    }

    /** Attaches the evidence file; what is typed in the form stays on the page, saved or not. */
    public void uploadEvidence() {
        if (evidence == null || evidence.getSize() == 0) {
            Texts.error("evaluator.evidence.none");
            return;
        }
        String name = evidence.getFileName();
        try (InputStream content = evidence.getInputStream()) {
            evaluation = evaluations.attachEvidence(evaluation.id(), name, content);
            Texts.info("evaluator.evidence.done", name);
        } catch (IOException e) {
            Texts.error("evaluator.evidence.unreadable");
        } catch (SeedbedProblem problem) {
            refused(problem);
        } finally {
            evidence = null;
        }
    }

    private boolean store() {
        if (!isEditable()) {
            return false;
        }
        try {
            show(evaluations.save(
                    evaluation.id(), new EvaluationForm(scores(), adjustmentLines(), comments, evaluation.version())));
            return true;
        } catch (SeedbedProblem problem) {
            refused(problem);
            return false;
        }
    }

    /** Shows an evaluation as the use case returned it; the dimension rows stay the objects the inputs are bound to. */
    private void show(EvaluationView view) {
        evaluation = view;
        Map<String, BigDecimal> given = ReportJson.numbers(view.scores());
        for (DimensionScore row : rows) {
            row.setScore(given.get(row.getCode()));
        }
        adjustments.clear();
        ReportJson.adjustments(view.adjustments()).forEach(line -> adjustments.add(AdjustmentRow.of(line)));
        comments = view.comments();
        unsaved = false;
    }

    /**
     * A refused save or submission: points out of range beside their dimension (and the page
     * scrolled there), anything else at the top. An evaluation saved elsewhere or already submitted
     * offers to reload the page.
     */
    private void refused(SeedbedProblem problem) {
        if (problem instanceof ConflictException conflict
                && ("evaluation.changedMeanwhile".equals(conflict.key())
                        || "evaluation.locked".equals(conflict.key()))) {
            stale = true;
        }
        if (!(problem instanceof InvalidInputException invalid)) {
            Texts.problem(problem);
            PrimeFaces.current().scrollTo("messages");
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        String first = null;
        for (FieldProblem field : invalid.problems()) {
            String clientId = clientId(context, inputId(field.field()));
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(locale), null));
            if (first == null && clientId != null) {
                first = clientId;
            }
        }
        PrimeFaces.current().scrollTo(first != null ? first : "messages");
    }

    /** The input a problem's field names: "scores.FINANCE" is the input score-FINANCE. */
    static String inputId(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("scores.")) {
            return "score-" + field.substring("scores.".length());
        }
        return "comments".equals(field) ? "comments" : null;
    }

    private static String clientId(FacesContext context, String inputId) {
        if (inputId == null) {
            return null;
        }
        UIComponent input = context.getViewRoot().findComponent(FORM + ":" + inputId);
        return input == null ? null : input.getClientId(context);
    }

    /** The grant is context; should it not be readable, the form still works. */
    private GrantView grantOf(long grantId) {
        try {
            return grants.get(grantId);
        } catch (SeedbedProblem | EJBAccessException e) {
            return null;
        }
    }

    private Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (DimensionScore row : rows) {
            if (row.getScore() != null) {
                scores.put(row.getCode(), row.getScore());
            }
        }
        return scores;
    }

    private List<EvaluationForm.AdjustmentLine> adjustmentLines() {
        return adjustments.stream()
                .filter(row -> !row.isBlank())
                .map(AdjustmentRow::line)
                .toList();
    }

    /** The result of what the form says now; once submitted, the form shows what was recorded. */
    public EvaluationTally.Result getTally() {
        if (rubric == null || evaluation == null) {
            return null;
        }
        return EvaluationTally.of(rubric, scores(), adjustmentLines(), evaluation.passMark());
    }

    public boolean isEditable() {
        return evaluation != null && evaluation.status() == Evaluation.Status.ASSIGNED;
    }

    public boolean isSubmitted() {
        return evaluation != null && evaluation.status() == Evaluation.Status.SUBMITTED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EvaluationView getEvaluation() {
        return evaluation;
    }

    public GrantView getGrant() {
        return grant;
    }

    public EvaluationRubric getRubric() {
        return rubric;
    }

    public List<DimensionScore> getRows() {
        return rows;
    }

    public List<AdjustmentRow> getAdjustments() {
        return adjustments;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public boolean isFound() {
        return evaluation != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isUnsaved() {
        return unsaved;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }
}

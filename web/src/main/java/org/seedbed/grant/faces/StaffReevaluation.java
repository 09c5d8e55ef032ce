package org.seedbed.grant.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.Reevaluation;
import org.seedbed.grant.entity.EvaluationStage;

/**
 * The re-evaluation dialog of staff/grant.xhtml (整改后复评): which failed stage is evaluated again,
 * what the organization put right, and who evaluates by when. It opens on the stage the officer
 * chose with the evaluator of its failed evaluation, who usually checks the rectification too, and
 * a due date a month ahead; the officer changes any of them.
 */
public class StaffReevaluation implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<EvaluationStage> stages = List.of();
    private EvaluationStage stage;
    private String rectification;
    private String evaluatorUsername;
    private String evaluatorOrganization;
    private LocalDate dueOn;

    /** Opens on {@code chosen} among the failed evaluations (the first of them when it is not one). */
    void open(List<EvaluationView> failed, EvaluationStage chosen, LocalDate today) {
        stages = failed.stream().map(EvaluationView::stage).toList();
        EvaluationView start = failed.stream()
                .filter(e -> e.stage() == chosen)
                .findFirst()
                .orElse(failed.isEmpty() ? null : failed.get(0));
        stage = start == null ? null : start.stage();
        evaluatorUsername = start == null ? null : start.evaluatorUsername();
        evaluatorOrganization = start == null ? null : start.evaluatorOrganization();
        rectification = null;
        dueOn = today == null ? null : today.plusMonths(1);
    }

    /** The order as typed; the boundary checks it. */
    Reevaluation order() {
        return new Reevaluation(
                stage, strip(rectification), strip(evaluatorUsername), strip(evaluatorOrganization), dueOn);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<EvaluationStage> getStages() {
        return stages;
    }

    public EvaluationStage getStage() {
        return stage;
    }

    public void setStage(EvaluationStage stage) {
        this.stage = stage;
    }

    public String getRectification() {
        return rectification;
    }

    public void setRectification(String rectification) {
        this.rectification = rectification;
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
}

package org.seedbed.incubation.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.DimensionView;
import org.seedbed.incubation.boundary.IncubationDetail;
import org.seedbed.incubation.boundary.IncubationDetail.AssessmentView;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.incubation.entity.AssessmentKind;
import org.seedbed.incubation.entity.IncubationStatus;
import org.seedbed.problem.SeedbedProblem;

/**
 * Page work/incubation.xhtml: one incubation for everyone who may see it. Holds the loaded detail,
 * the status stepper and the growth charts; {@link IncubationDecisionBean}, {@link
 * IncubationLogBean} and {@link AssessmentFormBean} change it and hand back the new detail.
 */
@Named
@ViewScoped
public class IncubationPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One step of 申请 → 在孵 → 出壳/退出; state is done, current, stopped or todo. */
    public record Step(String label, String state) {}

    @Inject
    Incubations incubations;

    @Inject
    Language language;

    private Long id;
    private IncubationDetail detail;
    private String radarJson;
    private String lineJson;

    /** View action. Someone who may not see the incubation learns only that it was not found. */
    public void load() {
        detail = null;
        if (id == null) {
            return;
        }
        try {
            show(incubations.find(id));
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        } catch (EJBAccessException notAllowed) {
            // Accounts without an incubation role (donors, reviewers) see the "not found" card.
            detail = null;
        }
    }

    void show(IncubationDetail changed) {
        detail = changed;
        radarJson = null;
        lineJson = null;
    }

    void reload() {
        show(incubations.find(id));
    }

    public void withdraw() {
        try {
            incubations.withdraw(id);
            Texts.info("incubation.withdraw.done");
            reload();
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public List<Step> getSteps() {
        IncubationStatus status = getSummary().status();
        boolean stoppedEarly = status == IncubationStatus.DECLINED || status == IncubationStatus.WITHDRAWN;
        boolean ended = status == IncubationStatus.GRADUATED || status == IncubationStatus.EXITED;
        Step applied = new Step(
                Texts.text(stoppedEarly ? "incubationStatus." + status.name() : "incubation.step.applied"),
                status == IncubationStatus.APPLIED ? "current" : stoppedEarly ? "stopped" : "done");
        Step incubating = new Step(
                Texts.text("incubation.step.incubating"),
                status == IncubationStatus.INCUBATING ? "current" : ended ? "done" : "todo");
        Step end =
                switch (status) {
                    case GRADUATED -> new Step(Texts.text("incubation.step.graduated"), "done");
                    case EXITED -> new Step(Texts.text("incubation.step.exited"), "stopped");
                    default -> new Step(Texts.text("incubation.step.end"), "todo");
                };
        return List.of(applied, incubating, end);
    }

    /** Graduation needs a final assessment on record. */
    public boolean isHasFinalAssessment() {
        return detail != null && detail.assessments().stream().anyMatch(a -> a.kind() == AssessmentKind.FINAL);
    }

    /** Dimensions to show in tables and charts: the active ones and retired ones that were scored. */
    public List<DimensionView> getShownDimensions() {
        if (detail == null) {
            return List.of();
        }
        return detail.dimensions().stream()
                .filter(d -> d.active()
                        || detail.assessments().stream()
                                .anyMatch(a -> a.scores().containsKey(d.code())))
                .toList();
    }

    public List<AssessmentView> getAssessmentsNewestFirst() {
        if (detail == null) {
            return List.of();
        }
        List<AssessmentView> newestFirst = new ArrayList<>(detail.assessments());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public String getRadarJson() {
        if (radarJson == null && detail != null) {
            radarJson = CapacityCharts.radar(detail.assessments(), getShownDimensions(), language.getLocale());
        }
        return radarJson;
    }

    public String getLineJson() {
        if (lineJson == null && detail != null) {
            lineJson = CapacityCharts.line(detail.assessments(), getShownDimensions(), language.getLocale());
        }
        return lineJson;
    }

    public boolean isFound() {
        return detail != null;
    }

    public IncubationView getSummary() {
        return detail == null ? null : detail.summary();
    }

    public IncubationDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.PanelView;
import org.seedbed.review.boundary.Panels;
import org.seedbed.review.control.Rubric;
import org.seedbed.review.control.RubricCriterion;

/**
 * The rubric editor of the review workspace: the call's weighted criteria as rows to change, add
 * and remove, with the weight total and what is still wrong shown while typing. Saving replaces
 * the rubric, which the panel refuses once a score sheet was submitted under it.
 */
@Named
@ViewScoped
public class RubricEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "rubricForm";

    @Inject
    Panels panels;

    @Inject
    ReviewPanelBean workspace;

    @Inject
    Language language;

    private List<CriterionDraft> criteria;

    public List<CriterionDraft> getCriteria() {
        if (criteria == null) {
            fill(workspace.getPanel().rubric());
        }
        return criteria;
    }

    private void fill(Rubric rubric) {
        criteria = new ArrayList<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            criteria.add(CriterionDraft.of(criterion));
        }
    }

    public void add() {
        getCriteria().add(CriterionDraft.blank());
    }

    public void remove(CriterionDraft criterion) {
        getCriteria().remove(criterion);
    }

    /** Replaces the rows (not yet the saved rubric) with the common venture-philanthropy rubric. */
    public void useStandard() {
        fill(Rubric.standard());
        Texts.info("panel.rubric.standardLoaded");
    }

    /** Throws away the changes: the rubric as saved. */
    public void reset() {
        fill(workspace.getPanel().rubric());
    }

    public void save() {
        try {
            PanelView view = panels.editRubric(workspace.getCallId(), rubric());
            workspace.changed(view);
            fill(view.rubric());
            Texts.info("panel.rubric.saved");
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM, "saveRubric");
        }
    }

    public int getTotalWeight() {
        return rubric().totalWeight();
    }

    /** What the panel would refuse in the rows as typed, in the page's language. */
    public List<String> getProblems() {
        return rubric().problems().stream()
                .map(p -> p.message(language.getLocale()))
                .distinct()
                .toList();
    }

    private Rubric rubric() {
        return new Rubric(
                getCriteria().stream().map(CriterionDraft::toCriterion).toList());
    }
}

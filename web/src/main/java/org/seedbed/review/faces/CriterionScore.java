package org.seedbed.review.faces;

import java.io.Serializable;
import java.util.List;
import org.seedbed.review.control.RubricCriterion;

/**
 * One criterion of the rubric on reviewer/sheet.xhtml with the score the expert gave it so far;
 * the score is an {@code Integer} property so that the input converts to it without help.
 */
public class CriterionScore implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RubricCriterion criterion;
    private final List<Integer> values;
    private Integer score;

    CriterionScore(RubricCriterion criterion, Integer score) {
        this.criterion = criterion;
        this.values = SheetTally.scale(criterion);
        this.score = score;
    }

    public RubricCriterion getCriterion() {
        return criterion;
    }

    public String getCode() {
        return criterion.code();
    }

    /** The values to tap, when the scale is short enough for buttons. */
    public List<Integer> getValues() {
        return values;
    }

    public boolean isButtons() {
        return SheetTally.buttons(criterion);
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }
}

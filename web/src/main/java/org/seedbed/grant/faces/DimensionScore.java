package org.seedbed.grant.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import org.seedbed.grant.control.EvaluationRubric;

/** One dimension of the evaluation rubric on evaluator/evaluation.xhtml with the points given so far. */
public class DimensionScore implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EvaluationRubric.Dimension dimension;
    private BigDecimal score;

    DimensionScore(EvaluationRubric.Dimension dimension) {
        this.dimension = dimension;
    }

    public EvaluationRubric.Dimension getDimension() {
        return dimension;
    }

    public String getCode() {
        return dimension.code();
    }

    public BigDecimal getMax() {
        return dimension.maxPoints();
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }
}

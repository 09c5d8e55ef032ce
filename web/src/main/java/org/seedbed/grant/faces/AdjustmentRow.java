package org.seedbed.grant.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import org.seedbed.grant.boundary.EvaluationForm;

/**
 * A bonus or penalty item on evaluator/evaluation.xhtml. Evaluators type how many points the
 * item is worth; whether it adds or takes off follows from its kind, so nobody has to type a minus.
 */
public class AdjustmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the item adds points (加分项) or takes them off (扣分项). */
    public enum Kind {
        BONUS,
        PENALTY
    }

    private final Kind kind;
    private String code;
    private BigDecimal points;
    private String note;

    AdjustmentRow(Kind kind) {
        this.kind = kind;
    }

    /** A stored item: negative points are a penalty. */
    static AdjustmentRow of(EvaluationForm.AdjustmentLine line) {
        boolean penalty = line.points() != null && line.points().signum() < 0;
        AdjustmentRow row = new AdjustmentRow(penalty ? Kind.PENALTY : Kind.BONUS);
        row.code = line.code();
        row.points = line.points() == null ? null : line.points().abs();
        row.note = line.note();
        return row;
    }

    /** A row nobody typed into; such rows are not sent. */
    boolean isBlank() {
        return (code == null || code.isBlank()) && points == null && (note == null || note.isBlank());
    }

    /** The item as the use case takes it, with a penalty's points negative. */
    EvaluationForm.AdjustmentLine line() {
        BigDecimal signed =
                points == null ? null : kind == Kind.PENALTY ? points.abs().negate() : points.abs();
        return new EvaluationForm.AdjustmentLine(code, signed, note);
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isPenalty() {
        return kind == Kind.PENALTY;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.seedbed.grant.boundary.EvaluationForm;

class AdjustmentRowTest {

    @Test
    void aPenaltyTakesPointsOffWithoutAMinusTyped() {
        AdjustmentRow penalty = new AdjustmentRow(AdjustmentRow.Kind.PENALTY);
        penalty.setCode("Report sent late");
        penalty.setPoints(new BigDecimal("2.5"));

        assertThat(penalty.line().points()).isEqualByComparingTo("-2.5");

        AdjustmentRow bonus = new AdjustmentRow(AdjustmentRow.Kind.BONUS);
        bonus.setPoints(new BigDecimal("1"));
        assertThat(bonus.line().points()).isEqualByComparingTo("1");
    }

    @Test
    void aStoredItemComesBackAsTheKindItWas() {
        AdjustmentRow row =
                AdjustmentRow.of(new EvaluationForm.AdjustmentLine("Safety incident", new BigDecimal("-4"), "fall"));

        assertThat(row.isPenalty()).isTrue();
        assertThat(row.getPoints()).isEqualByComparingTo("4");
        assertThat(row.line())
                .isEqualTo(new EvaluationForm.AdjustmentLine("Safety incident", new BigDecimal("-4"), "fall"));
    }

    @Test
    void aRowNobodyTypedIntoIsBlank() {
        AdjustmentRow row = new AdjustmentRow(AdjustmentRow.Kind.BONUS);
        assertThat(row.isBlank()).isTrue();

        row.setNote("media");
        assertThat(row.isBlank()).isFalse();
    }
}

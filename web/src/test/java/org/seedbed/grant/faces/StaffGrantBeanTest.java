package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seedbed.grant.entity.EvaluationStage;

class StaffGrantBeanTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 3, 1);
    private static final LocalDate ENDS = LocalDate.of(2027, 3, 1);

    @Test
    void proposesTheMidTermEvaluationHalfwayAndTheFinalOneOnTheLastDay() {
        assertThat(StaffGrantBean.defaultDue(EvaluationStage.MID_TERM, STARTS, ENDS))
                .isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(StaffGrantBean.defaultDue(EvaluationStage.FINAL, STARTS, ENDS))
                .isEqualTo(ENDS);
    }

    @Test
    void proposesNoDateWithoutAStageOrAPeriod() {
        assertThat(StaffGrantBean.defaultDue(null, STARTS, ENDS)).isNull();
        assertThat(StaffGrantBean.defaultDue(EvaluationStage.FINAL, null, ENDS)).isNull();
    }
}

package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seedbed.grant.faces.EvaluationFixtures.failed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.grant.boundary.Reevaluation;
import org.seedbed.grant.entity.EvaluationStage;

class StaffReevaluationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    @Test
    void opensOnTheChosenFailedStageWithItsEvaluatorAndAMonthAhead() {
        StaffReevaluation dialog = new StaffReevaluation();

        dialog.open(
                List.of(failed(EvaluationStage.MID_TERM, 1), failed(EvaluationStage.FINAL, 1)),
                EvaluationStage.FINAL,
                TODAY);

        assertThat(dialog.getStages()).containsExactly(EvaluationStage.MID_TERM, EvaluationStage.FINAL);
        assertThat(dialog.getStage()).isEqualTo(EvaluationStage.FINAL);
        assertThat(dialog.getEvaluatorUsername()).isEqualTo("evaluator");
        assertThat(dialog.getEvaluatorOrganization()).isEqualTo("第三方评估所");
        assertThat(dialog.getRectification()).isNull();
        assertThat(dialog.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 15));
    }

    @Test
    void opensOnTheFirstFailedStageWhenTheChosenOneDidNotFail() {
        StaffReevaluation dialog = new StaffReevaluation();

        dialog.open(List.of(failed(EvaluationStage.MID_TERM, 2)), EvaluationStage.FINAL, TODAY);

        assertThat(dialog.getStage()).isEqualTo(EvaluationStage.MID_TERM);
    }

    @Test
    void ordersWhatWasTypedWithBlanksLeftOut() {
        StaffReevaluation dialog = new StaffReevaluation();
        dialog.open(List.of(failed(EvaluationStage.MID_TERM, 1)), EvaluationStage.MID_TERM, TODAY);
        dialog.setRectification("  补齐了财务凭证，重新公示了志愿者名单 ");
        dialog.setEvaluatorUsername(" ");
        dialog.setEvaluatorOrganization(null);

        assertThat(dialog.order())
                .isEqualTo(new Reevaluation(
                        EvaluationStage.MID_TERM, "补齐了财务凭证，重新公示了志愿者名单", null, null, LocalDate.of(2026, 11, 15)));
    }

    @Test
    void aNewOpeningForgetsTheRectificationTypedBefore() {
        StaffReevaluation dialog = new StaffReevaluation();
        dialog.open(List.of(failed(EvaluationStage.MID_TERM, 1)), EvaluationStage.MID_TERM, TODAY);
        dialog.setRectification("草稿");

        dialog.open(List.of(failed(EvaluationStage.MID_TERM, 1)), EvaluationStage.MID_TERM, TODAY);

        assertThat(dialog.getRectification()).isNull();
    }
}

package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.seedbed.grant.faces.EvaluationFixtures.failed;
import static org.seedbed.grant.faces.EvaluationFixtures.grant;
import static org.seedbed.grant.faces.EvaluationFixtures.open;
import static org.seedbed.grant.faces.EvaluationFixtures.passed;

import org.junit.jupiter.api.Test;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;

class FailedEvaluationsTest {

    @Test
    void aHeldGrantWaitsForTheReevaluationOfItsFailedStage() {
        var held = grant(Grant.Status.HELD, failed(EvaluationStage.MID_TERM, 1));

        assertThat(FailedEvaluations.awaitingReevaluation(held))
                .extracting(EvaluationView::stage, EvaluationView::attempt)
                .containsExactly(tuple(EvaluationStage.MID_TERM, 1));
        assertThat(FailedEvaluations.reevaluationUnderWay(held)).isFalse();
    }

    @Test
    void onlyTheLatestAttemptOfAStageCounts() {
        var failedAgain =
                grant(Grant.Status.HELD, failed(EvaluationStage.MID_TERM, 1), failed(EvaluationStage.MID_TERM, 2));
        var underWay = grant(Grant.Status.HELD, failed(EvaluationStage.MID_TERM, 1), open(EvaluationStage.MID_TERM, 2));

        assertThat(FailedEvaluations.awaitingReevaluation(failedAgain))
                .extracting(EvaluationView::attempt)
                .containsExactly(2);
        assertThat(FailedEvaluations.awaitingReevaluation(underWay)).isEmpty();
        assertThat(FailedEvaluations.reevaluationUnderWay(underWay)).isTrue();
    }

    @Test
    void nothingWaitsOnceTheReevaluationPassedOrWhenTheGrantIsNotHeld() {
        var resumed =
                grant(Grant.Status.ACTIVE, failed(EvaluationStage.MID_TERM, 1), passed(EvaluationStage.MID_TERM, 2));
        var terminated = grant(Grant.Status.TERMINATED, failed(EvaluationStage.FINAL, 1));

        assertThat(FailedEvaluations.awaitingReevaluation(resumed)).isEmpty();
        assertThat(FailedEvaluations.reevaluationUnderWay(resumed)).isFalse();
        assertThat(FailedEvaluations.awaitingReevaluation(terminated)).isEmpty();
    }

    @Test
    void aFirstEvaluationStillOpenIsNoReevaluation() {
        var held = grant(Grant.Status.HELD, passed(EvaluationStage.MID_TERM, 1), open(EvaluationStage.FINAL, 1));

        assertThat(FailedEvaluations.awaitingReevaluation(held)).isEmpty();
        assertThat(FailedEvaluations.reevaluationUnderWay(held)).isFalse();
    }
}

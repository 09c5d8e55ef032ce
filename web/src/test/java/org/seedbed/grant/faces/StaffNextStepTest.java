package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.grant.boundary.AgreementView;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.boundary.TrancheView;
import org.seedbed.grant.control.TrancheGate;
import org.seedbed.grant.entity.Agreement;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.EvaluationStage;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;

class StaffNextStepTest {

    private static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

    private static final AgreementView GENERATED = new AgreementView(AT, null, null, null, null, null, null, false);
    private static final AgreementView SIGNED_BY_ORGANIZATION =
            new AgreementView(AT, AT, "owner", Agreement.Signature.CONFIRMATION, null, null, null, false);
    private static final AgreementView SIGNED =
            new AgreementView(AT, AT, "owner", Agreement.Signature.SCAN, "协议.pdf", AT, "officer", true);

    @Test
    void followsTheAgreementFromGeneratingToCountersigning() {
        List<TrancheView> waiting =
                List.of(tranche(1, Tranche.Status.PLANNED, null, TrancheGate.Unmet.AGREEMENT_NOT_SIGNED));

        assertThat(StaffNextStep.of(grant(Grant.Status.AGREEMENT_PENDING, null, waiting, List.of(), List.of())))
                .isEqualTo("generate");
        assertThat(StaffNextStep.of(grant(Grant.Status.AGREEMENT_PENDING, GENERATED, waiting, List.of(), List.of())))
                .isEqualTo("awaitSignature");
        assertThat(StaffNextStep.of(
                        grant(Grant.Status.AGREEMENT_PENDING, SIGNED_BY_ORGANIZATION, waiting, List.of(), List.of())))
                .isEqualTo("countersign");
    }

    @Test
    void asksForTheReviewOfAHandedInReportBeforeAnythingElse() {
        List<TrancheView> ready = List.of(tranche(1, Tranche.Status.PLANNED, null));
        List<ReportView> submitted = List.of(report(GrantReport.Status.SUBMITTED));

        assertThat(StaffNextStep.of(grant(Grant.Status.ACTIVE, SIGNED, ready, submitted, List.of())))
                .isEqualTo("reviewReport");
        assertThat(StaffNextStep.of(grant(Grant.Status.ACTIVE, SIGNED, ready, List.of(), List.of())))
                .isEqualTo("release");
    }

    @Test
    void asksToAssignTheEvaluationATrancheWaitsFor() {
        List<TrancheView> tranches = List.of(
                tranche(1, Tranche.Status.RELEASED, null),
                tranche(2, Tranche.Status.PLANNED, EvaluationStage.MID_TERM, TrancheGate.Unmet.EVALUATION_MISSING));

        assertThat(StaffNextStep.of(grant(Grant.Status.ACTIVE, SIGNED, tranches, List.of(), List.of())))
                .isEqualTo("assignEvaluation");
        assertThat(StaffNextStep.of(grant(
                        Grant.Status.ACTIVE,
                        SIGNED,
                        tranches,
                        List.of(),
                        List.of(evaluation(EvaluationStage.MID_TERM)))))
                .isEqualTo("running");
    }

    @Test
    void saysWhenTheGrantIsHeldClosedOrTerminated() {
        List<TrancheView> held =
                List.of(tranche(2, Tranche.Status.HELD, EvaluationStage.MID_TERM, TrancheGate.Unmet.EVALUATION_FAILED));

        assertThat(StaffNextStep.of(grant(Grant.Status.HELD, SIGNED, held, List.of(), List.of())))
                .isEqualTo("held");
        assertThat(StaffNextStep.of(grant(Grant.Status.CLOSED, SIGNED, List.of(), List.of(), List.of())))
                .isEqualTo("closed");
        assertThat(StaffNextStep.of(terminated("20000.00", "5000.00"))).isEqualTo("recover");
        assertThat(StaffNextStep.of(terminated("20000.00", "20000.00"))).isEqualTo("terminated");
        assertThat(StaffNextStep.of(terminated(null, "0.00"))).isEqualTo("terminated");
    }

    @Test
    void asksForTheReevaluationOfAFailedStageThenWaitsForIt() {
        List<TrancheView> held =
                List.of(tranche(2, Tranche.Status.HELD, EvaluationStage.MID_TERM, TrancheGate.Unmet.EVALUATION_FAILED));
        EvaluationView failed = EvaluationFixtures.failed(EvaluationStage.MID_TERM, 1);

        assertThat(StaffNextStep.of(grant(Grant.Status.HELD, SIGNED, held, List.of(), List.of(failed))))
                .isEqualTo("reevaluate");
        assertThat(StaffNextStep.of(grant(
                        Grant.Status.HELD,
                        SIGNED,
                        held,
                        List.of(),
                        List.of(failed, EvaluationFixtures.open(EvaluationStage.MID_TERM, 2)))))
                .isEqualTo("reevaluating");
        assertThat(StaffNextStep.of(grant(
                        Grant.Status.HELD,
                        SIGNED,
                        held,
                        List.of(),
                        List.of(failed, EvaluationFixtures.failed(EvaluationStage.MID_TERM, 2)))))
                .isEqualTo("reevaluate");
    }

    @Test
    void aTrancheIsReleasableOnlyWhileUnpaidWithNothingInTheWay() {
        assertThat(StaffNextStep.releasable(tranche(1, Tranche.Status.PLANNED, null)))
                .isTrue();
        assertThat(StaffNextStep.releasable(tranche(1, Tranche.Status.HELD, null)))
                .isTrue();
        assertThat(StaffNextStep.releasable(tranche(1, Tranche.Status.RELEASED, null)))
                .isFalse();
        assertThat(StaffNextStep.releasable(tranche(1, Tranche.Status.CANCELLED, null)))
                .isFalse();
        assertThat(StaffNextStep.releasable(
                        tranche(2, Tranche.Status.PLANNED, null, TrancheGate.Unmet.PREVIOUS_NOT_RELEASED)))
                .isFalse();
    }

    private static GrantView terminated(String clawback, String recovered) {
        return new GrantView(
                1,
                2,
                "SB-1",
                3,
                "创投",
                "Call",
                4,
                "机构",
                "项目",
                null,
                new BigDecimal("100000.00"),
                new BigDecimal("50000.00"),
                "CNY",
                Grant.Status.TERMINATED,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 3, 1),
                "违约",
                clawback == null ? null : new BigDecimal(clawback),
                new BigDecimal(recovered),
                AT,
                SIGNED,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                1);
    }

    private static GrantView grant(
            Grant.Status status,
            AgreementView agreement,
            List<TrancheView> tranches,
            List<ReportView> reports,
            List<EvaluationView> evaluations) {
        return new GrantView(
                1,
                2,
                "SB-1",
                3,
                "创投",
                "Call",
                4,
                "机构",
                "项目",
                null,
                new BigDecimal("100000.00"),
                BigDecimal.ZERO,
                "CNY",
                status,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 3, 1),
                null,
                null,
                BigDecimal.ZERO,
                AT,
                agreement,
                tranches,
                reports,
                evaluations,
                List.of(),
                1);
    }

    private static TrancheView tranche(
            int position, Tranche.Status status, EvaluationStage stage, TrancheGate.Unmet... unmet) {
        return new TrancheView(
                position,
                new BigDecimal("50"),
                new BigDecimal("50000.00"),
                position == 1,
                position > 1,
                stage,
                status,
                null,
                status == Tranche.Status.RELEASED ? AT : null,
                status == Tranche.Status.RELEASED ? "officer" : null,
                List.of(unmet));
    }

    private static ReportView report(GrantReport.Status status) {
        return new ReportView(
                9,
                1,
                GrantReport.Kind.PROGRESS,
                "第1期进展报告",
                LocalDate.of(2026, 9, 1),
                status,
                false,
                "进展",
                null,
                null,
                FormDefinition.empty(),
                JsonValue.EMPTY_JSON_OBJECT,
                AT,
                "owner",
                null,
                null,
                null,
                1);
    }

    private static EvaluationView evaluation(EvaluationStage stage) {
        return new EvaluationView(
                5,
                1,
                "项目",
                "机构",
                stage,
                1,
                null,
                "evaluator",
                "第三方",
                LocalDate.of(2026, 9, 1),
                Evaluation.Status.ASSIGNED,
                null,
                null,
                null,
                new BigDecimal("60"),
                null,
                null,
                null,
                null,
                null,
                null,
                1);
    }
}

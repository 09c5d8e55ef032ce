package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.seedbed.call.form.Choice;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.entity.GrantReport;

class StaffReportReviewTest {

    private static final FormDefinition FORM = new FormDefinition(List.of(new FormPage(
            "page_1",
            "服务",
            "Services",
            List.of(new Question(
                    "satisfied",
                    QuestionType.SINGLE_CHOICE,
                    "是否满意",
                    "Satisfied",
                    null,
                    null,
                    true,
                    null,
                    null,
                    null,
                    null,
                    List.of(new Choice("yes", "满意", "Yes"), new Choice("no", "不满意", "No")))))));

    private static ReportView report(GrantReport.Kind kind, FormDefinition form) {
        return new ReportView(
                9,
                1,
                kind,
                "第1期进展报告",
                LocalDate.of(2026, 9, 1),
                GrantReport.Status.SUBMITTED,
                false,
                "进展",
                null,
                null,
                form,
                Json.createObjectBuilder().add("satisfied", "yes").build(),
                Instant.parse("2026-09-01T02:00:00Z"),
                "owner",
                null,
                null,
                null,
                1);
    }

    @Test
    void showsTheAnswersInThePageLanguage() {
        StaffReportReview review = new StaffReportReview();
        review.open(report(GrantReport.Kind.PROGRESS, FORM), "项目", false);

        assertThat(review.isFinancial()).isFalse();
        assertThat(review.answers(Locale.ENGLISH).get(0).answers())
                .containsExactly(new ReportAnswers.Answer("Satisfied", "Yes"));
        assertThat(review.answers(Locale.SIMPLIFIED_CHINESE).get(0).answers())
                .containsExactly(new ReportAnswers.Answer("是否满意", "满意"));
    }

    @Test
    void showsNoAnswersForAReportWithoutQuestions() {
        StaffReportReview review = new StaffReportReview();
        review.open(report(GrantReport.Kind.FINANCIAL, FormDefinition.empty()), "项目", true);

        assertThat(review.isFinancial()).isTrue();
        assertThat(review.answers(Locale.ENGLISH)).isEmpty();
    }
}

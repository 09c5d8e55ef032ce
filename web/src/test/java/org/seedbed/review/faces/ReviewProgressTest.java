package org.seedbed.review.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.seedbed.review.boundary.MyReviewView;
import org.seedbed.review.entity.ScoreSheet;

class ReviewProgressTest {

    private static MyReviewView review(long assignmentId, long callId, String titleEn, ScoreSheet.Status status) {
        return new MyReviewView(
                assignmentId,
                callId,
                "项目" + callId,
                titleEn,
                100 + assignmentId,
                "A" + assignmentId,
                null,
                null,
                status,
                null);
    }

    @Test
    void groupsAssignmentsByCallInTheOrderGiven() {
        List<ReviewProgress> calls = ReviewProgress.of(List.of(
                review(1, 7, "Call seven", ScoreSheet.Status.SUBMITTED),
                review(2, 7, "Call seven", ScoreSheet.Status.DRAFT),
                review(3, 9, "", null),
                review(4, 7, "Call seven", null)));

        assertThat(calls).extracting(ReviewProgress::callId).containsExactly(7L, 9L);
        assertThat(calls.get(0).reviews())
                .extracting(MyReviewView::assignmentId)
                .containsExactly(1L, 2L, 4L);
        assertThat(calls.get(0).submitted()).isEqualTo(1);
        assertThat(calls.get(0).total()).isEqualTo(3);
        assertThat(calls.get(1).submitted()).isZero();
    }

    @Test
    void fillsTheBarOnlyWhenEverySheetIsIn() {
        ReviewProgress twoOfThree = ReviewProgress.of(List.of(
                        review(1, 7, null, ScoreSheet.Status.SUBMITTED),
                        review(2, 7, null, ScoreSheet.Status.SUBMITTED),
                        review(3, 7, null, ScoreSheet.Status.DRAFT)))
                .get(0);
        ReviewProgress all = ReviewProgress.of(List.of(review(1, 7, null, ScoreSheet.Status.SUBMITTED)))
                .get(0);

        assertThat(twoOfThree.percent()).isEqualTo(66);
        assertThat(twoOfThree.done()).isFalse();
        assertThat(all.percent()).isEqualTo(100);
        assertThat(all.done()).isTrue();
    }

    @Test
    void namesTheCallInThePageLanguageFallingBackToChinese() {
        ReviewProgress titled =
                ReviewProgress.of(List.of(review(1, 7, "Call seven", null))).get(0);
        ReviewProgress untitled =
                ReviewProgress.of(List.of(review(2, 8, " ", null))).get(0);

        assertThat(titled.title(Locale.ENGLISH)).isEqualTo("Call seven");
        assertThat(titled.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("项目7");
        assertThat(untitled.title(Locale.ENGLISH)).isEqualTo("项目8");
    }
}

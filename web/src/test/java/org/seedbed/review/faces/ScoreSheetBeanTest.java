package org.seedbed.review.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreSheetBeanTest {

    @Test
    void namesTheInputOfEachProblemField() {
        assertThat(ScoreSheetBean.inputId("scores.NEED")).isEqualTo("score-NEED");
        assertThat(ScoreSheetBean.inputId("recommendation")).isEqualTo("recommendation");
        assertThat(ScoreSheetBean.inputId("comments")).isEqualTo("comments");
        assertThat(ScoreSheetBean.inputId("scores")).isNull();
        assertThat(ScoreSheetBean.inputId(null)).isNull();
    }
}

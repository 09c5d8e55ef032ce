package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationFormBeanTest {

    @Test
    void findsTheInputAProblemNames() {
        assertThat(EvaluationFormBean.inputId("scores.FINANCE")).isEqualTo("score-FINANCE");
        assertThat(EvaluationFormBean.inputId("comments")).isEqualTo("comments");
        assertThat(EvaluationFormBean.inputId("adjustments")).isNull();
        assertThat(EvaluationFormBean.inputId(null)).isNull();
    }
}

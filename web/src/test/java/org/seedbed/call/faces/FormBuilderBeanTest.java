package org.seedbed.call.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedbed.call.form.QuestionType;

class FormBuilderBeanTest {

    @Test
    void offersReportsNoTablesOrFiles() {
        assertThat(FormBuilderBean.questionTypes(true))
                .containsExactly(
                        QuestionType.SHORT_TEXT,
                        QuestionType.LONG_TEXT,
                        QuestionType.NUMBER,
                        QuestionType.MONEY,
                        QuestionType.DATE,
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE);
        assertThat(FormBuilderBean.questionTypes(false)).containsExactly(QuestionType.values());
    }

    @Test
    void namesTheReportFormOnLinksBackToTheBuilder() {
        FormBuilderBean builder = new FormBuilderBean();
        builder.setWhich("report");

        assertThat(builder.isReport()).isTrue();
        assertThat(builder.isIntent()).isFalse();
        assertThat(builder.getFormQuery()).isEqualTo("&form=report");
        assertThat(builder.isPublished()).isFalse();
        assertThat(builder.getPublishedVersion()).isNull();
    }
}

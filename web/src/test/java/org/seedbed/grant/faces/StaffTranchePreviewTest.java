package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffTranchePreviewTest {

    @Test
    void splitsTheAwardByTheStandardPlanWhenNoneIsTyped() {
        List<StaffTranchePreview.Line> lines = StaffTranchePreview.of("  ", new BigDecimal("100000.00"), "CNY");

        assertThat(lines).extracting(StaffTranchePreview.Line::position).containsExactly(1, 2, 3);
        assertThat(lines)
                .extracting(StaffTranchePreview.Line::amount)
                .containsExactly(new BigDecimal("50000.00"), new BigDecimal("30000.00"), new BigDecimal("20000.00"));
    }

    @Test
    void keepsEveryFenWhenTheAwardDoesNotSplitEvenly() {
        List<StaffTranchePreview.Line> lines = StaffTranchePreview.of("50/30/20", new BigDecimal("33333.33"), "CNY");

        assertThat(lines)
                .extracting(StaffTranchePreview.Line::amount)
                .containsExactly(new BigDecimal("16666.66"), new BigDecimal("10000.00"), new BigDecimal("6666.67"));
        assertThat(lines.stream().map(StaffTranchePreview.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("33333.33");
    }

    @Test
    void readsPlansAsOfficersTypeThem() {
        assertThat(StaffTranchePreview.of("40%，30%，30%", new BigDecimal("10000"), "CNY"))
                .extracting(StaffTranchePreview.Line::percent)
                .containsExactly(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("30"));
    }

    @Test
    void showsNothingForAPlanThatCannotBeUsed() {
        assertThat(StaffTranchePreview.of("50/30", new BigDecimal("10000"), "CNY"))
                .isEmpty();
        assertThat(StaffTranchePreview.of("half/half", new BigDecimal("10000"), "CNY"))
                .isEmpty();
        assertThat(StaffTranchePreview.of("50/30/20", null, "CNY")).isEmpty();
        assertThat(StaffTranchePreview.of("50/30/20", new BigDecimal("1.005"), "CNY"))
                .isEmpty();
    }
}

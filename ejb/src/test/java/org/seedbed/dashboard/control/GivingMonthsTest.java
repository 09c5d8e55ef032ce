package org.seedbed.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.dashboard.boundary.FundingFigures.Month;

class GivingMonthsTest {

    private static final YearMonth MARCH_2025 = YearMonth.of(2025, 3);

    @Test
    void showsTwelveMonthsUpToTheCurrentOneWithZeroForQuietMonths() {
        List<Month> months = GivingMonths.filled(
                MARCH_2025, List.of(new Month("2025-03", 500_00, 250_00), new Month("2024-12", 100_00, 0)));

        assertThat(months).hasSize(12);
        assertThat(months.get(0).month()).isEqualTo("2024-04");
        assertThat(months)
                .filteredOn(m -> m.donatedMinor() > 0)
                .extracting(Month::month, Month::donatedMinor, Month::matchedMinor)
                .containsExactly(tuple("2024-12", 100_00L, 0L), tuple("2025-03", 500_00L, 250_00L));
        assertThat(months.get(11).month()).isEqualTo("2025-03");
    }

    @Test
    void addsUpSumsOfOneMonthAndIgnoresMonthsOutsideTheYear() {
        List<Month> months = GivingMonths.filled(
                MARCH_2025,
                List.of(
                        new Month("2025-01", 1_00, 1_00),
                        new Month("2025-01", 2_00, 0),
                        new Month("2024-03", 9_00, 9_00),
                        new Month("2025-04", 9_00, 9_00)));

        assertThat(months.stream().mapToLong(Month::donatedMinor).sum()).isEqualTo(3_00);
        assertThat(months.stream().mapToLong(Month::matchedMinor).sum()).isEqualTo(1_00);
    }

    @Test
    void startsCountingAtMidnightOfTheFirstMonthInTheCity() {
        assertThat(GivingMonths.since(MARCH_2025, ZoneId.of("Asia/Shanghai")))
                .isEqualTo(Instant.parse("2024-03-31T16:00:00Z"));
    }
}

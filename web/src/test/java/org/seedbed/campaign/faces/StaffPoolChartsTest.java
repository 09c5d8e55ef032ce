package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.campaign.boundary.PoolView;

class StaffPoolChartsTest {

    @Test
    void showsEveryDayFromTheFirstMatchToTheLastWithZeroForQuietDays() {
        var days = StaffPoolCharts.days(List.of(
                new PoolView.DayUsage(LocalDate.of(2025, 9, 9), new BigDecimal("300"), 3),
                new PoolView.DayUsage(LocalDate.of(2025, 9, 7), new BigDecimal("100"), 1)));

        assertThat(days.keySet())
                .containsExactly(LocalDate.of(2025, 9, 7), LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 9));
        assertThat(days.get(LocalDate.of(2025, 9, 8))).isEqualByComparingTo("0");
        assertThat(days.get(LocalDate.of(2025, 9, 9))).isEqualByComparingTo("300");
    }

    @Test
    void showsOnlyMatchedDaysOverALongStretch() {
        var days = StaffPoolCharts.days(List.of(
                new PoolView.DayUsage(LocalDate.of(2025, 1, 1), new BigDecimal("10"), 1),
                new PoolView.DayUsage(LocalDate.of(2025, 12, 31), new BigDecimal("20"), 2)));

        assertThat(days).hasSize(2);
    }

    @Test
    void hasNoDaysWithoutMatches() {
        assertThat(StaffPoolCharts.days(List.of())).isEmpty();
        assertThat(StaffPoolCharts.days(null)).isEmpty();
    }

    @Test
    void writesABarChartThatCannotCloseItsScriptElement() {
        String json = StaffPoolCharts.committedByDay(
                List.of(new PoolView.DayUsage(LocalDate.of(2025, 9, 9), new BigDecimal("300.50"), 3)),
                "</script>matched");

        assertThat(json).doesNotContain("</");
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("2025-09-09");
        assertThat(chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonNumber(0)
                        .bigDecimalValue())
                .isEqualByComparingTo("300.50");
    }
}

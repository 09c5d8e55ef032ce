package org.seedbed.dashboard.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.dashboard.boundary.FundingFigures.Month;
import org.seedbed.dashboard.boundary.FundingFigures.Row;

class FundingChartsTest {

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void showsRequestedAwardedAndDisbursedSideBySideInYuanToTheFen() {
        String json = FundingCharts.grouped(
                List.of("为老服务类"),
                List.of(new Row("ELDERLY", "为老服务类", "Elderly services", 150_000_00, 120_000_50, 60_000_00)),
                "CNY",
                "Requested",
                "Awarded",
                "Disbursed");

        JsonArray datasets = read(json).getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.size()).isEqualTo(3);
        assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Requested");
        assertThat(datasets.stream()
                        .map(d -> d.asJsonObject().getString("stack"))
                        .distinct())
                .hasSize(3);
        assertThat(datasets.getJsonObject(1)
                        .getJsonArray("data")
                        .getJsonNumber(0)
                        .bigDecimalValue())
                .isEqualByComparingTo("120000.50");
    }

    @Test
    void pilesEachMonthsMatchesOnItsDonations() {
        String json = FundingCharts.giving(
                List.of(new Month("2025-02", 0, 0), new Month("2025-03", 1_200_00, 600_00)),
                "CNY",
                "Donations",
                "Matched");

        JsonObject data = read(json).getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(1)).isEqualTo("2025-03");
        JsonArray datasets = data.getJsonArray("datasets");
        assertThat(datasets.getJsonObject(0).getString("stack"))
                .isEqualTo(datasets.getJsonObject(1).getString("stack"));
        assertThat(datasets.getJsonObject(1)
                        .getJsonArray("data")
                        .getJsonNumber(1)
                        .bigDecimalValue())
                .isEqualByComparingTo("600");
    }

    @Test
    void namesGroupsInThePagesLanguage() {
        Row district = new Row("2", "包河区", "Baohe District", 1, 0, 0);
        Row chineseOnly = new Row("3", "蜀山区", " ", 1, 0, 0);
        Row uncategorized = new Row(null, null, null, 1, 0, 0);

        assertThat(FundingCharts.name(district, true, "未分类")).isEqualTo("包河区");
        assertThat(FundingCharts.name(district, false, "No category")).isEqualTo("Baohe District");
        assertThat(FundingCharts.name(chineseOnly, false, "No category")).isEqualTo("蜀山区");
        assertThat(FundingCharts.name(uncategorized, false, "No category")).isEqualTo("No category");
    }

    @Test
    void keepsNamesFromClosingTheScriptElement() {
        String json = FundingCharts.grouped(
                List.of("</script>"), List.of(new Row("X", "</script>", null, 1, 0, 0)), "CNY", "a", "b", "c");

        assertThat(json).doesNotContain("</");
    }
}

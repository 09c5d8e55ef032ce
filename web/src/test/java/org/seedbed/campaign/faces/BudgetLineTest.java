package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

    @Test
    void readsTheCampaignsBudgetLines() {
        List<BudgetLine> lines = BudgetLine.of(json("[{\"category\":\"物资\",\"item\":\"Books\",\"amount\":1200.50},"
                + "{\"category\":\"\",\"item\":\" Bus trips \",\"amount\":800}]"));

        assertThat(lines)
                .containsExactly(
                        new BudgetLine("物资", "Books", new BigDecimal("1200.50")),
                        new BudgetLine("", "Bus trips", new BigDecimal("800")));
        assertThat(BudgetLine.total(lines)).isEqualByComparingTo("2000.50");
    }

    @Test
    void leavesOutLinesItCannotShowWhole() {
        List<BudgetLine> lines = BudgetLine.of(json("[{\"item\":\"Books\"},{\"amount\":5},{\"item\":\"Pens\","
                + "\"amount\":\"5\"},7,{\"item\":\"Tea\",\"amount\":30}]"));

        assertThat(lines).containsExactly(new BudgetLine("", "Tea", new BigDecimal("30")));
    }

    @Test
    void hasNoLinesWithoutABudget() {
        assertThat(BudgetLine.of(null)).isEmpty();
        assertThat(BudgetLine.total(List.of())).isEqualByComparingTo("0");
    }

    private static JsonArray json(String text) {
        return Json.createReader(new StringReader(text)).readArray();
    }
}

package org.seedbed.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.dashboard.boundary.FundingFigures;
import org.seedbed.dashboard.boundary.FundingFigures.Month;
import org.seedbed.dashboard.boundary.FundingFigures.Row;
import org.seedbed.export.control.Spreadsheets;

class FundingSheetsTest {

    private static final FundingFigures FIGURES = new FundingFigures(
            "CNY",
            new FundingFigures.Totals(1_500_00, 800_50, 400_00, 1_200_00, 600_00),
            List.of(
                    new Row("ELDERLY", "为老服务类", "Elderly services", 1_000_00, 800_50, 400_00),
                    new Row(null, null, null, 500_00, 0, 0)),
            List.of(new Row("2", "=HYPERLINK(\"x\")", "Baohe", 1_500_00, 800_50, 400_00)),
            List.of(new Row("2025", "2025", "2025", 1_500_00, 800_50, 400_00)),
            List.of(new Month("2025-02", 0, 0), new Month("2025-03", 1_200_00, 600_00)));

    @Test
    void makesOneTablePerSeriesEachClosedByItsTotal() {
        List<Spreadsheets.Sheet> sheets = FundingSheets.of(FIGURES);

        assertThat(sheets).hasSize(4);
        Spreadsheets.Sheet categories = sheets.get(0);
        assertThat(categories.columns()).hasSize(5).contains(FundingSheets.REQUESTED, FundingSheets.CURRENCY);
        assertThat(categories.rows()).hasSize(3);
        assertThat(categories.rows().get(0))
                .containsExactly(
                        "为老服务类", new BigDecimal("1000.00"), new BigDecimal("800.50"), new BigDecimal("400.00"), "CNY");
        assertThat(categories.rows().get(1).get(0)).isEqualTo("未分类 uncategorized");
        assertThat(categories.rows().get(2).get(0)).isEqualTo(FundingSheets.TOTAL);
        assertThat(categories.rows().get(2).get(1)).isEqualTo(new BigDecimal("1500.00"));
    }

    @Test
    void closesTheMonthsWithTheTotalsOfAllTime() {
        Spreadsheets.Sheet giving = FundingSheets.of(FIGURES).get(3);

        assertThat(giving.rows()).hasSize(3);
        assertThat(giving.rows().get(1))
                .containsExactly("2025-03", new BigDecimal("1200.00"), new BigDecimal("600.00"), "CNY");
        assertThat(giving.rows().get(2).get(1)).isEqualTo(new BigDecimal("1200.00"));
    }

    @Test
    void writesEverySeriesAsASectionOfOneCsvWithFormulasMadeInert() {
        String csv = Spreadsheets.csv(FundingSheets.of(FIGURES));

        assertThat(csv).startsWith("\uFEFF按类别 by category\r\n");
        assertThat(csv).contains("\r\n\r\n按区 by district\r\n", "\r\n\r\n捐赠与配捐 giving\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",1500.00,800.50,400.00,CNY");
        assertThat(csv).doesNotContain(",=HYPERLINK");
    }
}

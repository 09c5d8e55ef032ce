package org.seedbed.dashboard.faces;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.ToLongFunction;
import org.seedbed.dashboard.boundary.FundingFigures.Month;
import org.seedbed.dashboard.boundary.FundingFigures.Row;
import org.seedbed.money.Money;
import org.seedbed.organization.faces.ChartJson;

/**
 * The Chart.js configurations (JSON for {@code p:chart value}) of the dashboard's money, in yuan
 * to the fen: requested, awarded and disbursed side by side per group, and each month's donations
 * with the matches piled on top.
 */
final class FundingCharts {

    private FundingCharts() {}

    static String grouped(
            List<String> labels, List<Row> rows, String currency, String requested, String awarded, String disbursed) {
        return ChartJson.stacked(
                labels,
                List.of(
                        series(requested, "requested", rows, Row::requestedMinor, currency, ChartJson.PALETTE.get(3)),
                        series(awarded, "awarded", rows, Row::awardedMinor, currency, ChartJson.PALETTE.get(0)),
                        series(disbursed, "disbursed", rows, Row::disbursedMinor, currency, ChartJson.PALETTE.get(4))));
    }

    /** One stack per month: together the bars are what the campaigns received that month. */
    static String giving(List<Month> months, String currency, String donated, String matched) {
        List<String> labels = months.stream().map(Month::month).toList();
        return ChartJson.stacked(
                labels,
                List.of(
                        series(donated, "giving", months, Month::donatedMinor, currency, ChartJson.PALETTE.get(1)),
                        series(matched, "giving", months, Month::matchedMinor, currency, ChartJson.PALETTE.get(6))));
    }

    /** A group's name in the page's language; {@code unnamed} for applications without a category or unit. */
    static String name(Row row, boolean chinese, String unnamed) {
        if (row.nameZh() == null) {
            return unnamed;
        }
        return chinese || row.nameEn() == null || row.nameEn().isBlank() ? row.nameZh() : row.nameEn();
    }

    static BigDecimal major(long minor, String currency) {
        return Money.ofMinor(minor, currency).major();
    }

    private static <T> ChartJson.Series series(
            String label, String stack, List<T> items, ToLongFunction<T> minor, String currency, String color) {
        List<BigDecimal> values = items.stream()
                .map(item -> major(minor.applyAsLong(item), currency))
                .toList();
        return new ChartJson.Series(label, stack, values, color);
    }
}

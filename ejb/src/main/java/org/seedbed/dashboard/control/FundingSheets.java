package org.seedbed.dashboard.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.dashboard.boundary.FundingFigures;
import org.seedbed.dashboard.boundary.FundingFigures.Month;
import org.seedbed.dashboard.boundary.FundingFigures.Row;
import org.seedbed.export.control.Spreadsheets;
import org.seedbed.money.Money;

/**
 * The dashboard's series as the tables of an export, one per series, amounts in major units
 * (yuan) like the other exports, each table closed by its total. Headers are bilingual, names are
 * the Chinese ones.
 */
public final class FundingSheets {

    static final String REQUESTED = "申请 requested";
    static final String AWARDED = "资助 awarded";
    static final String DISBURSED = "已拨付 disbursed";
    static final String DONATED = "捐赠 donations";
    static final String MATCHED = "配捐 matched";
    static final String CURRENCY = "币种 currency";
    static final String TOTAL = "合计 total";

    private FundingSheets() {}

    public static List<Spreadsheets.Sheet> of(FundingFigures figures) {
        return List.of(
                funding("按类别 by category", "类别 category", "未分类 uncategorized", figures.byCategory(), figures),
                funding("按区 by district", "区 district", "未知 unknown", figures.byDistrict(), figures),
                funding("按年份 by year", "年份 year", "", figures.byYear(), figures),
                giving(figures));
    }

    private static Spreadsheets.Sheet funding(
            String title, String dimension, String unnamed, List<Row> series, FundingFigures figures) {
        String currency = figures.currency();
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : series) {
            rows.add(List.of(
                    row.nameZh() == null ? unnamed : row.nameZh(),
                    major(row.requestedMinor(), currency),
                    major(row.awardedMinor(), currency),
                    major(row.disbursedMinor(), currency),
                    currency));
        }
        FundingFigures.Totals totals = figures.totals();
        rows.add(List.of(
                TOTAL,
                major(totals.requestedMinor(), currency),
                major(totals.awardedMinor(), currency),
                major(totals.disbursedMinor(), currency),
                currency));
        return new Spreadsheets.Sheet(title, List.of(dimension, REQUESTED, AWARDED, DISBURSED, CURRENCY), rows);
    }

    /** The last twelve months, closed by the totals of all time (not of the months above). */
    private static Spreadsheets.Sheet giving(FundingFigures figures) {
        String currency = figures.currency();
        List<List<Object>> rows = new ArrayList<>();
        for (Month month : figures.months()) {
            rows.add(List.of(
                    month.month(),
                    major(month.donatedMinor(), currency),
                    major(month.matchedMinor(), currency),
                    currency));
        }
        rows.add(List.of(
                "累计 all time",
                major(figures.totals().donatedMinor(), currency),
                major(figures.totals().matchedMinor(), currency),
                currency));
        return new Spreadsheets.Sheet("捐赠与配捐 giving", List.of("月份 month", DONATED, MATCHED, CURRENCY), rows);
    }

    private static BigDecimal major(long minor, String currency) {
        return Money.ofMinor(minor, currency).major();
    }
}

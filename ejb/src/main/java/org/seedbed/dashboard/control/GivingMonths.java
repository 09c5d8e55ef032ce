package org.seedbed.dashboard.control;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.dashboard.boundary.FundingFigures.Month;

/**
 * The months the dashboard shows gifts for: the last twelve up to the current one, in the city's
 * time zone, months without gifts shown as zero so that quiet months read as such.
 */
public final class GivingMonths {

    public static final int COUNT = 12;

    private GivingMonths() {}

    /** When the first month shown began in {@code zone}: gifts paid since then are summed. */
    public static Instant since(YearMonth current, ZoneId zone) {
        return current.minusMonths(COUNT - 1L).atDay(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The {@link #COUNT} months up to {@code current}, oldest first, with the sums of {@code sums}
     * ("2025-03" months; several sums of one month add up, months outside are ignored).
     */
    public static List<Month> filled(YearMonth current, List<Month> sums) {
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (long back = COUNT - 1L; back >= 0; back--) {
            months.put(current.minusMonths(back), new long[2]);
        }
        for (Month sum : sums) {
            long[] month = months.get(YearMonth.parse(sum.month()));
            if (month != null) {
                month[0] = Math.addExact(month[0], sum.donatedMinor());
                month[1] = Math.addExact(month[1], sum.matchedMinor());
            }
        }
        List<Month> filled = new ArrayList<>();
        months.forEach((month, amounts) -> filled.add(new Month(month.toString(), amounts[0], amounts[1])));
        return filled;
    }
}

package org.seedbed.dashboard.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.seedbed.dashboard.boundary.FundingFigures.Row;

/**
 * Groups the calls' money by category, district and year. Groups without any money are left out,
 * except years between the first and the last, which show as zero so that a time axis has no gaps.
 */
public final class FundingBreakdown {

    /** The largest request first, then the largest award; ties in the order of the names. */
    private static final Comparator<Row> LARGEST_FIRST = Comparator.comparingLong(Row::requestedMinor)
            .reversed()
            .thenComparing(Comparator.comparingLong(Row::awardedMinor).reversed())
            .thenComparing(Comparator.comparingLong(Row::disbursedMinor).reversed())
            .thenComparing(Row::nameZh, Comparator.nullsLast(Comparator.naturalOrder()));

    private FundingBreakdown() {}

    /**
     * By category code. A code keeps the names of the last call in {@code names} that has it (the
     * caller lists calls oldest first); a code no call names any longer shows as itself.
     * Applications without a category come last.
     */
    public static List<Row> byCategory(List<CallFunding> amounts, List<CategoryName> names) {
        Map<String, CategoryName> named = new HashMap<>();
        for (CategoryName name : names) {
            named.put(name.code(), name);
        }
        Map<String, Sums> sums = new HashMap<>();
        for (CallFunding amount : amounts) {
            sums.computeIfAbsent(amount.categoryCode(), k -> new Sums()).add(amount);
        }
        List<Row> rows = new ArrayList<>();
        Row uncategorized = null;
        for (Map.Entry<String, Sums> entry : sums.entrySet()) {
            String code = entry.getKey();
            if (code == null) {
                uncategorized = entry.getValue().row(null, null, null);
                continue;
            }
            CategoryName name = named.getOrDefault(code, new CategoryName(code, code, code));
            rows.add(entry.getValue().row(code, name.nameZh(), name.nameEn()));
        }
        rows.sort(LARGEST_FIRST);
        if (uncategorized != null) {
            rows.add(uncategorized);
        }
        return withMoney(rows);
    }

    /**
     * By the district of each call's org unit ({@code districts} from {@link Districts#of}); calls
     * whose unit has no district come last, under a row without key or names.
     */
    public static List<Row> byDistrict(
            List<CallFunding> amounts, Map<Long, CallPlace> calls, Map<Long, UnitNode> districts) {
        Map<Long, Sums> sums = new HashMap<>();
        for (CallFunding amount : amounts) {
            CallPlace call = calls.get(amount.callId());
            UnitNode district = call == null ? null : districts.get(call.orgUnitId());
            sums.computeIfAbsent(district == null ? null : district.id(), k -> new Sums())
                    .add(amount);
        }
        Map<Long, UnitNode> byId = new HashMap<>();
        districts.values().forEach(d -> byId.put(d.id(), d));
        List<Row> rows = new ArrayList<>();
        Row unplaced = null;
        for (Map.Entry<Long, Sums> entry : sums.entrySet()) {
            if (entry.getKey() == null) {
                unplaced = entry.getValue().row(null, null, null);
                continue;
            }
            UnitNode district = byId.get(entry.getKey());
            rows.add(entry.getValue().row(String.valueOf(district.id()), district.nameZh(), district.nameEn()));
        }
        rows.sort(LARGEST_FIRST);
        if (unplaced != null) {
            rows.add(unplaced);
        }
        return withMoney(rows);
    }

    /** By the year each call opened, oldest first, every year from the first to the last. */
    public static List<Row> byYear(List<CallFunding> amounts, Map<Long, CallPlace> calls) {
        TreeMap<Integer, Sums> sums = new TreeMap<>();
        for (CallFunding amount : amounts) {
            CallPlace call = calls.get(amount.callId());
            if (call != null
                    && (amount.requestedMinor() != 0 || amount.awardedMinor() != 0 || amount.disbursedMinor() != 0)) {
                sums.computeIfAbsent(call.year(), k -> new Sums()).add(amount);
            }
        }
        List<Row> rows = new ArrayList<>();
        if (sums.isEmpty()) {
            return rows;
        }
        for (int year = sums.firstKey(); year <= sums.lastKey(); year++) {
            String name = String.valueOf(year);
            rows.add(sums.getOrDefault(year, new Sums()).row(name, name, name));
        }
        return rows;
    }

    private static List<Row> withMoney(List<Row> rows) {
        return rows.stream()
                .filter(r -> r.requestedMinor() != 0 || r.awardedMinor() != 0 || r.disbursedMinor() != 0)
                .toList();
    }

    /** The running sums of one group. */
    private static final class Sums {
        private long requested;
        private long awarded;
        private long disbursed;

        void add(CallFunding amount) {
            requested = Math.addExact(requested, amount.requestedMinor());
            awarded = Math.addExact(awarded, amount.awardedMinor());
            disbursed = Math.addExact(disbursed, amount.disbursedMinor());
        }

        Row row(String key, String nameZh, String nameEn) {
            return new Row(key, nameZh, nameEn, requested, awarded, disbursed);
        }
    }
}

package org.seedbed.orgunit.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seedbed.orgunit.boundary.OrgUnitView;

/**
 * Writes the tree in the format {@link OrgUnitCsv} reads ({@code path,name_en,code}), parents
 * before children, so an export imports again unchanged into another city or back into this one.
 */
public final class OrgUnitCsvExport {

    private OrgUnitCsvExport() {}

    /** @param units the whole tree, top-down (as {@code OrgUnits.all()} returns it) */
    public static String toCsv(List<OrgUnitView> units) {
        Map<Long, OrgUnitView> byId = units.stream().collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT.builder().setHeader("path", "name_en", "code").get())) {
            for (OrgUnitView unit : units) {
                if (unit.parentId() == null) {
                    continue; // the city itself is the root of every path
                }
                csv.printRecord(String.join("/", pathOf(unit, byId)), unit.nameEn(), unit.code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> pathOf(OrgUnitView unit, Map<Long, OrgUnitView> byId) {
        List<String> names = new ArrayList<>();
        for (OrgUnitView at = unit; at != null && at.parentId() != null; at = byId.get(at.parentId())) {
            names.add(at.nameZh());
        }
        Collections.reverse(names);
        return names;
    }
}

package org.seedbed.orgunit.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seedbed.orgunit.entity.OrgUnitLevel;
import org.seedbed.problem.FieldProblem;

/**
 * Reads org units from CSV with the columns {@code path,name_en[,code]}: {@code path} is the
 * Chinese chain below the city, separated by "/" ({@code 包河区/万年埠街道/云华社区}); its depth
 * gives the level. Every row is checked; parents may be listed in the file or exist already.
 */
public final class OrgUnitCsv {

    public static final int MAX_ROWS = 20_000;

    /** One valid row of the file. */
    public record Row(int line, List<String> path, String nameEn, String code) {

        public OrgUnitLevel level() {
            return OrgUnitLevel.atDepth(path.size()).orElseThrow();
        }

        public String nameZh() {
            return path.get(path.size() - 1);
        }

        public List<String> parentPath() {
            return path.subList(0, path.size() - 1);
        }
    }

    /** The rows read and the problems found, with line numbers. */
    public record Parsed(List<Row> rows, List<FieldProblem> problems) {}

    private OrgUnitCsv() {}

    public static Parsed parse(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("path")) {
                problems.add(FieldProblem.of("file", "orgUnit.csv.header"));
                return new Parsed(rows, problems);
            }
            Set<String> headers = parser.getHeaderMap().keySet();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(FieldProblem.of("file", "orgUnit.csv.tooManyRows", MAX_ROWS));
                    break;
                }
                String rawPath = record.isSet("path") ? record.get("path") : "";
                List<String> path =
                        Arrays.stream(rawPath.split("/")).map(String::trim).toList();
                if (rawPath.isBlank() || path.stream().anyMatch(String::isEmpty)) {
                    problems.add(FieldProblem.of("line " + line, "orgUnit.csv.pathEmpty", line));
                } else if (path.size() >= OrgUnitLevel.values().length) {
                    problems.add(FieldProblem.of("line " + line, "orgUnit.csv.tooDeep", line, rawPath));
                } else if (path.stream().anyMatch(name -> name.length() > 100)) {
                    problems.add(FieldProblem.of("line " + line, "orgUnit.csv.nameTooLong", line));
                } else {
                    String nameEn =
                            headers.contains("name_en") && record.isSet("name_en") ? record.get("name_en") : null;
                    String code = headers.contains("code") && record.isSet("code") ? record.get("code") : null;
                    rows.add(new Row(line, path, blankToNull(nameEn), blankToNull(code)));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(FieldProblem.of("file", "orgUnit.csv.unreadable", rows.size() + problems.size() + 2));
        }
        return new Parsed(rows, problems);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

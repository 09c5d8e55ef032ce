package org.seedbed.organization.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a civil-affairs registry export (CSV or the first sheet of an XLSX workbook) into rows of
 * column → text. Column headers are recognized in Chinese as the registries print them
 * ("统一社会信用代码", "社会组织名称", ...) or by their English names ("uscc", "name_zh", ...).
 * Both formats are read as streams, so a file of 100,000 rows needs no more memory than its rows.
 */
public final class RegistrySheet {

    /** The columns Seedbed understands, each with the headers that name it. */
    public enum Column {
        CREDIT_CODE("uscc", "统一社会信用代码", "信用代码", "credit_code"),
        NAME_ZH("name_zh", "社会组织名称", "组织名称", "名称", "name"),
        NAME_EN("name_en", "英文名称"),
        KIND("kind", "社会组织类型", "组织类型", "类型", "类别"),
        REGISTRATION("registration", "登记状态", "状态"),
        AUTHORITY("authority", "登记管理机关", "登记机关"),
        FOUNDED_ON("founded_on", "成立登记日期", "成立日期", "登记日期"),
        ORG_UNIT("org_unit", "所属区域", "所在街道（社区）", "所在区域", "服务区域"),
        SERVICE_AREAS("service_areas", "服务领域", "业务领域"),
        STAFF("staff", "专职人员", "专职工作人员数"),
        SOCIAL_WORKERS("social_workers", "持证社工", "持证社工数"),
        VOLUNTEERS("volunteers", "志愿者", "志愿者人数"),
        ANNUAL_INCOME("annual_income", "年收入（元）", "年收入", "年度收入"),
        CONTACT_NAME("contact_name", "联系人"),
        CONTACT_PHONE("contact_phone", "联系电话", "电话"),
        CONTACT_EMAIL("contact_email", "电子邮箱", "邮箱"),
        ADDRESS("address", "住所", "地址", "办公地址");

        private final List<String> headers;

        Column(String... headers) {
            this.headers = List.of(headers);
        }

        static Column ofHeader(String header) {
            String wanted = header.trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            for (Column column : values()) {
                if (column.headers.stream()
                        .anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(wanted))) {
                    return column;
                }
            }
            return null;
        }
    }

    /** One data row: its line in the file (the header is line 1) and its values by column. */
    public record Line(int number, Map<Column, String> values) {
        public String get(Column column) {
            String value = values.get(column);
            if (value == null || value.isBlank()) {
                return null;
            }
            String trimmed = value.trim();
            // Our exports protect formula-like text with an apostrophe; it is not part of the value.
            if (trimmed.length() > 1 && trimmed.charAt(0) == '\'' && "=+-@".indexOf(trimmed.charAt(1)) >= 0) {
                return trimmed.substring(1);
            }
            return trimmed;
        }
    }

    /** The rows, plus the columns the header named (a file without a name column is unusable). */
    public record Content(List<Column> columns, List<Line> lines) {}

    public static final int MAX_ROWS = 200_000;

    private RegistrySheet() {}

    public static Content read(Path file, boolean xlsx, IntConsumer progress) throws IOException {
        return xlsx ? readXlsx(file, progress) : readCsv(file, progress);
    }

    private static Content readCsv(Path file, IntConsumer progress) throws IOException {
        return readCsv(Files.newInputStream(file), progress);
    }

    /** Reads CSV from a stream, which is closed afterwards. */
    public static Content readCsv(InputStream content, IntConsumer progress) throws IOException {
        try (InputStream in = BOMInputStream.builder().setInputStream(content).get();
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(reader)) {
            List<Column> columns = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (columns == null) {
                    columns = header(cells);
                    continue;
                }
                lines.add(line((int) record.getRecordNumber(), columns, cells));
                tick(lines.size(), progress);
            }
            return new Content(columns == null ? List.of() : columns, lines);
        }
    }

    private static Content readXlsx(Path file, IntConsumer progress) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Column> columns = null;
            List<Line> lines = new ArrayList<>();
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    if (columns == null) {
                        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                            continue;
                        }
                        columns = header(cells);
                        continue;
                    }
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        continue;
                    }
                    lines.add(line(row.getRowNum(), columns, cells));
                    tick(lines.size(), progress);
                }
            }
            return new Content(columns == null ? List.of() : columns, lines);
        }
    }

    /** Dates typed into Excel arrive as day numbers; they are turned into ISO dates here. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER && cell.getDataFormatId() != null && isDateFormat(cell)) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    private static boolean isDateFormat(Cell cell) {
        String format = cell.getDataFormatString();
        int id = cell.getDataFormatId();
        if (id >= 14 && id <= 22) {
            return true;
        }
        // Colours ([Red]) and quoted text do not make a number format a date format.
        String bare = format == null ? "" : format.replaceAll("\\[[^\\]]*\\]|\"[^\"]*\"", "");
        return bare.toLowerCase(Locale.ROOT).matches(".*[ymd].*");
    }

    private static List<Column> header(List<String> cells) {
        List<Column> columns = new ArrayList<>();
        for (String cell : cells) {
            columns.add(cell == null ? null : Column.ofHeader(cell));
        }
        return columns;
    }

    private static Line line(int number, List<Column> columns, List<String> cells) {
        if (number > MAX_ROWS + 1) {
            throw new TooManyRows();
        }
        Map<Column, String> values = new HashMap<>();
        for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
            if (columns.get(i) != null && cells.get(i) != null) {
                values.put(columns.get(i), cells.get(i));
            }
        }
        return new Line(number, values);
    }

    private static void tick(int count, IntConsumer progress) {
        if (count % 1000 == 0) {
            progress.accept(count);
        }
    }

    /** The file has more rows than one import takes. */
    public static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super("more than " + MAX_ROWS + " rows", null, false, false);
        }
    }
}

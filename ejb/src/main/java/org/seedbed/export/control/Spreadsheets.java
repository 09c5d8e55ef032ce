package org.seedbed.export.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Rows as the spreadsheets officers open: CSV with a byte order mark (so that Excel reads the
 * Chinese as UTF-8) or XLSX with a bold, frozen header. Text that a spreadsheet would run as a
 * formula is made inert first.
 */
public final class Spreadsheets {

    private Spreadsheets() {}

    /** One table of an export: its sheet's name (a section's title in CSV), header and rows. */
    public record Sheet(String name, List<String> columns, List<List<Object>> rows) {}

    public static String csv(List<String> columns, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            print(printer, columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Several tables in one CSV, one section each: a line with the table's name, its header and
     * rows, then an empty line.
     */
    public static String csv(List<Sheet> sheets) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (Sheet sheet : sheets) {
                printer.printRecord(inert(sheet.name()));
                print(printer, sheet.columns(), sheet.rows());
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(String sheetName, List<String> columns, List<List<Object>> rows) {
        return xlsx(List.of(new Sheet(sheetName, columns, rows)));
    }

    /** Several tables, one sheet each, in their order. */
    public static byte[] xlsx(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Seedbed", "1.0");
            for (Sheet sheet : sheets) {
                write(workbook.newWorksheet(sheet.name()), sheet.columns(), sheet.rows());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void print(CSVPrinter printer, List<String> columns, List<List<Object>> rows) throws IOException {
        printer.printRecord(columns);
        for (List<Object> row : rows) {
            printer.printRecord(row.stream()
                    .map(v -> v instanceof String text ? inert(text) : v)
                    .toList());
        }
    }

    private static void write(Worksheet sheet, List<String> columns, List<List<Object>> rows) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else if (value != null) {
                    sheet.value(r + 1, c, inert(value.toString()));
                }
            }
        }
        sheet.freezePane(0, 1);
    }

    /**
     * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
     * which spreadsheets hide and the registry import removes.
     */
    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

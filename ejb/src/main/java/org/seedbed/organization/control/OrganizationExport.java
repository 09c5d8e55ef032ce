package org.seedbed.organization.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.seedbed.organization.boundary.OrganizationView;

/**
 * Writes organizations as CSV or XLSX in the import format (the same columns the registry import
 * reads, plus the status), so an export can be corrected and imported elsewhere.
 */
public final class OrganizationExport {

    static final List<String> COLUMNS = List.of(
            "uscc",
            "name_zh",
            "name_en",
            "kind",
            "registration",
            "authority",
            "founded_on",
            "org_unit",
            "service_areas",
            "staff",
            "social_workers",
            "volunteers",
            "annual_income",
            "contact_name",
            "contact_phone",
            "contact_email",
            "address",
            "status");

    private OrganizationExport() {}

    /** CSV with a byte order mark, so that Excel opens the Chinese text as UTF-8. */
    public static String csv(List<OrganizationView> organizations, Function<Long, String> unitPath) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS);
            for (OrganizationView o : organizations) {
                printer.printRecord(values(o, unitPath).stream()
                        .map(v -> v instanceof String text ? inert(text) : v)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(List<OrganizationView> organizations, Function<Long, String> unitPath) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Seedbed", "1.0");
            Worksheet sheet = workbook.newWorksheet("organizations");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
                sheet.style(0, c).bold().set();
            }
            int row = 1;
            for (OrganizationView o : organizations) {
                List<Object> values = values(o, unitPath);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        sheet.value(row, c, number);
                    } else if (value != null) {
                        sheet.value(row, c, inert(value.toString()));
                    }
                }
                row++;
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
     * which spreadsheets hide and the registry import removes.
     */
    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static List<Object> values(OrganizationView o, Function<Long, String> unitPath) {
        return java.util.Arrays.asList(
                o.creditCode(),
                o.nameZh(),
                o.nameEn(),
                o.kind().name(),
                o.registration().name(),
                o.authority(),
                o.foundedOn() == null ? null : o.foundedOn().toString(),
                unitPath.apply(o.orgUnitId()),
                o.serviceAreas().stream().map(Enum::name).collect(Collectors.joining(";")),
                o.staff(),
                o.socialWorkers(),
                o.volunteers(),
                o.annualIncome(),
                o.contactName(),
                o.contactPhone(),
                o.contactEmail(),
                o.address(),
                o.status().name());
    }
}

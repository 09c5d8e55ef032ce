package org.seedbed.submission.control;

import static org.seedbed.organization.control.OrganizationExport.inert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.seedbed.submission.boundary.EligibilityView;
import org.seedbed.submission.boundary.SubmissionView;

/** A call's submissions as CSV (with a byte order mark for Excel) or XLSX, one row each. */
public final class SubmissionExport {

    static final List<String> COLUMNS = List.of(
            "receipt_no",
            "organization",
            "title",
            "category",
            "requested",
            "currency",
            "status",
            "submitted_at",
            "eligible",
            "screening_note");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SubmissionExport() {}

    public static String csv(List<SubmissionView> submissions, ZoneId zone) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS);
            for (SubmissionView s : submissions) {
                printer.printRecord(values(s, zone).stream()
                        .map(v -> v instanceof String text ? inert(text) : v)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(List<SubmissionView> submissions, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Seedbed", "1.0");
            Worksheet sheet = workbook.newWorksheet("submissions");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
                sheet.style(0, c).bold().set();
            }
            int row = 1;
            for (SubmissionView s : submissions) {
                List<Object> values = values(s, zone);
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

    private static List<Object> values(SubmissionView s, ZoneId zone) {
        return Arrays.asList(
                s.receiptNo(),
                s.organizationNameZh(),
                s.title(),
                s.categoryCode(),
                s.requested(),
                s.currency(),
                s.status().name(),
                s.submittedAt() == null ? null : WHEN.format(s.submittedAt().atZone(zone)),
                s.eligibility().isEmpty()
                        ? null
                        : s.eligibility().stream().allMatch(EligibilityView::passed) ? "yes" : "no",
                s.screeningNote());
    }
}

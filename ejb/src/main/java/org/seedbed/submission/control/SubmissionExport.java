package org.seedbed.submission.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.seedbed.export.control.Spreadsheets;
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
        return Spreadsheets.csv(COLUMNS, rows(submissions, zone));
    }

    public static byte[] xlsx(List<SubmissionView> submissions, ZoneId zone) {
        return Spreadsheets.xlsx("submissions", COLUMNS, rows(submissions, zone));
    }

    private static List<List<Object>> rows(List<SubmissionView> submissions, ZoneId zone) {
        return submissions.stream().map(s -> values(s, zone)).toList();
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

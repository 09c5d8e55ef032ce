package org.seedbed.organization.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.seedbed.problem.FieldProblem;

/**
 * Where an import stands: its phase, how far it got, and when done its report. A dry run never
 * applies; an import applies every row or, if any row has a problem, none.
 */
public record ImportJobView(
        String id,
        String fileName,
        boolean dryRun,
        Phase phase,
        int processed,
        int total,
        Instant startedAt,
        Instant finishedAt,
        int rows,
        int validRows,
        int invalidRows,
        int created,
        boolean applied,
        List<RowProblem> problems,
        int problemCount,
        String failure) {

    /** The steps of an import. */
    public enum Phase {
        QUEUED,
        READING,
        CHECKING,
        WRITING,
        DONE,
        FAILED
    }

    /** A problem of one row (line 1 is the header), in the column it concerns. */
    public record RowProblem(int line, String column, FieldProblem problem) {
        public String message(Locale locale) {
            return problem.message(locale);
        }
    }

    public int percent() {
        if (phase == Phase.DONE) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        // Reading and checking make the first half, writing the second.
        int share = (int) Math.min(100, (long) processed * 100 / total);
        return switch (phase) {
            case READING -> share / 4;
            case CHECKING -> 25 + share / 4;
            case WRITING -> 50 + share / 2;
            default -> 0;
        };
    }

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }
}

package org.seedbed.grant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.grant.entity.EvaluationStage;

/**
 * An organization's credit record in a few figures, shown to reviewers beside the application: how
 * many grants it had in the city, its evaluation grades, late reports, violations, and the end of an
 * active debarment (null when none). It names no organization, so blind review stays blind.
 */
public record CreditSummary(int grants, List<Grade> grades, int lateReports, int violations, LocalDate debarredUntil) {

    public record Grade(EvaluationStage stage, String grade, BigDecimal total, Instant at) {}

    /** Whether there is nothing on record at all: a first-time applicant. */
    public boolean empty() {
        return grants == 0 && grades.isEmpty() && lateReports == 0 && violations == 0 && debarredUntil == null;
    }
}

package org.seedbed.grant.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.seedbed.grant.entity.CreditNote;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.Tranche;

/**
 * The chip colour of each state on the officers' grant pages and the credit record: green when
 * done or well, amber when someone must act, red when something went wrong, grey when over.
 */
@Named("grantStaffChips")
@ApplicationScoped
public class StaffGrantChips {

    private static final String OFF = "sb-chip-off";

    public String grantStatus(Grant.Status status) {
        if (status == null) {
            return OFF;
        }
        return switch (status) {
            case AGREEMENT_PENDING -> "sb-chip-info";
            case ACTIVE -> "sb-chip-ok";
            case HELD -> "sb-chip-warn";
            case TERMINATED -> "sb-chip-danger";
            case CLOSED -> OFF;
        };
    }

    public String trancheStatus(Tranche.Status status) {
        if (status == null) {
            return OFF;
        }
        return switch (status) {
            case PLANNED -> "sb-chip-info";
            case RELEASED -> "sb-chip-ok";
            case HELD -> "sb-chip-warn";
            case CANCELLED -> OFF;
        };
    }

    public String reportStatus(GrantReport.Status status) {
        if (status == null) {
            return OFF;
        }
        return switch (status) {
            case DUE -> "sb-chip-info";
            case SUBMITTED -> "sb-chip-warn";
            case CHANGES_REQUESTED -> "sb-chip-danger";
            case APPROVED -> "sb-chip-ok";
        };
    }

    public String evaluationStatus(Evaluation.Status status) {
        if (status == null) {
            return OFF;
        }
        return status == Evaluation.Status.SUBMITTED ? "sb-chip-ok" : "sb-chip-info";
    }

    /** A grade of the evaluation rubric: EXCELLENT, GOOD, PASS or FAIL. */
    public String grade(String grade) {
        if (grade == null) {
            return OFF;
        }
        return switch (grade) {
            case "EXCELLENT", "GOOD" -> "sb-chip-ok";
            case "PASS" -> "sb-chip-info";
            case "FAIL" -> "sb-chip-danger";
            default -> OFF;
        };
    }

    public String creditKind(CreditNote.Kind kind) {
        if (kind == null) {
            return OFF;
        }
        return switch (kind) {
            case VIOLATION -> "sb-chip-danger";
            case COMMENDATION -> "sb-chip-ok";
            case NOTE -> "sb-chip-info";
        };
    }
}

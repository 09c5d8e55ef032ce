package org.seedbed.grant.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.EvaluationView;
import org.seedbed.grant.boundary.ReportView;
import org.seedbed.grant.entity.Evaluation;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.organization.control.CityCalendar;

/**
 * Due dates of reports and evaluations in the city's calendar, for the grantee's and the
 * evaluators' pages: which are still open, which are overdue, and "due in 5 days" in words.
 */
@Named
@RequestScoped
public class ReportDeadlines {

    /** Due dates this close are pointed out. */
    static final int SOON_DAYS = 14;

    @Inject
    CityCalendar calendar;

    private LocalDate today;

    public LocalDate getToday() {
        if (today == null) {
            today = calendar.today();
        }
        return today;
    }

    /** A report the grantee still has to write: not sent yet, or sent back with changes asked. */
    public boolean open(ReportView report) {
        return isOpen(report);
    }

    static boolean isOpen(ReportView report) {
        return report != null
                && (report.status() == GrantReport.Status.DUE
                        || report.status() == GrantReport.Status.CHANGES_REQUESTED);
    }

    public boolean overdue(LocalDate due) {
        return due != null && due.isBefore(getToday());
    }

    public boolean soon(LocalDate due) {
        return due != null && !overdue(due) && daysLeft(getToday(), due) <= SOON_DAYS;
    }

    /** An open report past its due date: it will be marked late when it is sent. */
    public boolean overdueReport(ReportView report) {
        return isOpen(report) && overdue(report.dueOn());
    }

    public boolean overdueEvaluation(EvaluationView evaluation) {
        return evaluation != null && evaluation.status() == Evaluation.Status.ASSIGNED && overdue(evaluation.dueOn());
    }

    /** "Due in 5 days", "Due today" or "3 days overdue"; empty without a date. */
    public String dueText(LocalDate due) {
        if (due == null) {
            return "";
        }
        long days = daysLeft(getToday(), due);
        return Texts.text(dueKey(days), Math.abs(days));
    }

    static long daysLeft(LocalDate today, LocalDate due) {
        return ChronoUnit.DAYS.between(today, due);
    }

    static String dueKey(long daysLeft) {
        if (daysLeft < 0) {
            return "grant.due.overdue";
        }
        return daysLeft == 0 ? "grant.due.today" : "grant.due.in";
    }
}

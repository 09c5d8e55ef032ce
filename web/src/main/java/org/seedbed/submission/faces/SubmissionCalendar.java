package org.seedbed.submission.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.seedbed.call.entity.ApplicationStage;
import org.seedbed.faces.Texts;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Deadlines of the submission pages in the city's calendar: until when applicants can act (the
 * deadline of the submission's stage, or the date it was reopened until) and how many days are left.
 */
@Named
@RequestScoped
public class SubmissionCalendar {

    /** Deadlines this close are pointed out. */
    static final int SOON_DAYS = 7;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** Until when the applicants can change the submission: reopened-until or the call's deadline. */
    public Instant dueBy(SubmissionView submission) {
        return submission.status() == SubmissionStatus.MORE_INFO_REQUESTED
                ? submission.reopenedUntil()
                : submission.deadlineAt();
    }

    /**
     * What {@link #dueBy} is called: "Complete by" when reopened, the letters of intent's or the
     * full proposals' deadline in a two-stage call, else simply the deadline.
     */
    public String dueLabel(SubmissionView submission) {
        if (submission.status() == SubmissionStatus.MORE_INFO_REQUESTED) {
            return Texts.text("submission.reopenedUntil");
        }
        if (submission.stage() == ApplicationStage.INTENT) {
            return Texts.text("submission.deadline.intent");
        }
        return Texts.text(submission.invitedAt() != null ? "submission.deadline.proposal" : "submission.deadline");
    }

    /** Calendar days from today to the day of {@code until}, where the city is. */
    public long daysLeft(Instant until) {
        return until == null
                ? 0
                : ChronoUnit.DAYS.between(
                        calendar.today(), until.atZone(calendar.zone()).toLocalDate());
    }

    /** "3 days left", "Ends today" or "Closed". */
    public String daysLeftText(Instant until) {
        if (until == null) {
            return "";
        }
        if (!until.isAfter(clock.instant())) {
            return Texts.text("submission.days.closed");
        }
        long days = daysLeft(until);
        return days <= 0 ? Texts.text("submission.days.today") : Texts.text("submission.days.left", days);
    }

    /** Whether a deadline not yet passed is close enough to point out. */
    public boolean soon(Instant until) {
        return until != null && until.isAfter(clock.instant()) && daysLeft(until) <= SOON_DAYS;
    }

    /** E.g. 2025-06-30 17:00 in the city's time, for texts; tables use a date converter. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(calendar.zone()));
    }
}

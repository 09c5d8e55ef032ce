package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportDeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void namesDueDatesByHowFarAwayTheyAre() {
        assertThat(ReportDeadlines.dueKey(ReportDeadlines.daysLeft(TODAY, LocalDate.of(2025, 7, 5))))
                .isEqualTo("grant.due.in");
        assertThat(ReportDeadlines.dueKey(ReportDeadlines.daysLeft(TODAY, TODAY)))
                .isEqualTo("grant.due.today");
        assertThat(ReportDeadlines.dueKey(ReportDeadlines.daysLeft(TODAY, LocalDate.of(2025, 6, 27))))
                .isEqualTo("grant.due.overdue");
    }

    @Test
    void countsCalendarDaysAcrossMonths() {
        assertThat(ReportDeadlines.daysLeft(TODAY, LocalDate.of(2025, 7, 5))).isEqualTo(5);
        assertThat(ReportDeadlines.daysLeft(TODAY, LocalDate.of(2025, 6, 27))).isEqualTo(-3);
    }
}

package org.seedbed.grant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.organization.control.CityCalendar;

/**
 * Reminds grantees of reports a week before they fall due and once they are overdue; each report
 * is reminded once before and once after, whatever how often housekeeping runs.
 */
@Stateless
public class ReportReminders {

    static final int DAYS_BEFORE = 7;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantMail mail;

    @Inject
    CityCalendar calendar;

    public int remind() {
        LocalDate today = calendar.today();
        int sent = 0;
        List<GrantReport> open = em.createQuery(
                        "select r from GrantReport r join fetch r.grant where r.status in :open and r.dueOn <= :horizon",
                        GrantReport.class)
                .setParameter("open", List.of(GrantReport.Status.DUE, GrantReport.Status.CHANGES_REQUESTED))
                .setParameter("horizon", today.plusDays(DAYS_BEFORE))
                .getResultList();
        for (GrantReport report : open) {
            if (report.grant().status() == org.seedbed.grant.entity.Grant.Status.TERMINATED
                    || report.grant().status() == org.seedbed.grant.entity.Grant.Status.CLOSED) {
                continue;
            }
            if (today.isAfter(report.dueOn())) {
                if (report.remindedAfterOn() == null) {
                    report.remindedAfter(today);
                    mail.toGrantee(
                            report.grant(),
                            "reportOverdue",
                            report.title(),
                            report.dueOn().toString());
                    sent++;
                }
            } else if (report.remindedBeforeOn() == null) {
                report.remindedBefore(today);
                mail.toGrantee(
                        report.grant(),
                        "reportDueSoon",
                        report.title(),
                        report.dueOn().toString());
                sent++;
            }
        }
        return sent;
    }
}

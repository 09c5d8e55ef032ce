package org.seedbed.submission.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.organization.entity.Membership;
import org.seedbed.submission.entity.Submission;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Tells an organization's members about their submission: the receipt, the screening decision,
 * and the invitation to a full proposal after a letter of intent.
 */
@Stateless
public class SubmissionMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    TenantRegistry registry;

    public void receipt(Submission submission, ZoneId zone) {
        send(submission, "submissionReceipt", zone);
    }

    public void screened(Submission submission, ZoneId zone) {
        String template =
                switch (submission.status()) {
                    case ELIGIBLE -> "submissionEligible";
                    case INELIGIBLE -> "submissionIneligible";
                    case MORE_INFO_REQUESTED -> "submissionMoreInfo";
                    default -> null;
                };
        if (template != null) {
            send(submission, template, zone);
        }
    }

    /** The letter of intent was chosen: a full proposal is now due by the call's deadline. */
    public void invited(Submission submission, ZoneId zone) {
        send(submission, "submissionInvited", zone);
    }

    private void send(Submission submission, String template, ZoneId zone) {
        for (Membership member : em.createNamedQuery(Membership.OF_ORGANIZATION, Membership.class)
                .setParameter("organizationId", submission.organization().id())
                .getResultList()) {
            UserAccount user = member.user();
            mailer.send(MailTemplates.render(
                    user.email(),
                    user.locale(),
                    template,
                    registry.currentCityName(user.locale()),
                    user.displayName(),
                    submission.call().title(user.locale()),
                    submission.title(),
                    submission.receiptNo() == null ? "" : submission.receiptNo(),
                    submission.submittedAt() == null
                            ? ""
                            : WHEN.format(submission.submittedAt().atZone(zone)),
                    submission.screeningNote() == null ? "" : submission.screeningNote(),
                    submission.dueAt() == null
                            ? ""
                            : WHEN.format(submission.dueAt().atZone(zone))));
        }
    }
}

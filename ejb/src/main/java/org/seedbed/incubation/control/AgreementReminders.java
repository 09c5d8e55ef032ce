package org.seedbed.incubation.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.incubation.entity.Incubation;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Reminds the incubatee's members and mentor, once, that an incubation agreement ends within
 * {@link #NOTICE_DAYS} days, so that the final assessment and graduation can be planned.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AgreementReminders {

    public static final int NOTICE_DAYS = 30;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    IncubationAccess access;

    @Inject
    Mailer mailer;

    @Inject
    CityCalendar calendar;

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    /** Sends the reminders due in the current city; answers how many incubations were reminded. */
    public int remind() {
        LocalDate today = calendar.today();
        List<Incubation> ending = em.createNamedQuery(Incubation.ENDING_UNREMINDED, Incubation.class)
                .setParameter("horizon", today.plusDays(NOTICE_DAYS))
                .getResultList();
        for (Incubation incubation : ending) {
            long days = Math.max(0, ChronoUnit.DAYS.between(today, incubation.agreementEnd()));
            List<UserAccount> recipients = new ArrayList<>(access.members(incubation));
            if (incubation.mentor() != null && !recipients.contains(incubation.mentor())) {
                recipients.add(incubation.mentor());
            }
            for (UserAccount user : recipients) {
                mailer.send(MailTemplates.render(
                        user.email(),
                        user.locale(),
                        "incubationEnding",
                        registry.currentCityName(user.locale()),
                        user.displayName(),
                        incubation.organization().name(user.locale()),
                        incubation.incubator().name(user.locale()),
                        incubation.agreementEnd().toString(),
                        days));
            }
            incubation.markReminded(Instant.now(clock));
        }
        return ending.size();
    }
}

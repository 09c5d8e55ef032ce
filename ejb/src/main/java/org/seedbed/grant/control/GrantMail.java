package org.seedbed.grant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.grant.entity.Grant;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.organization.entity.Membership;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Tells the grantee's members, and the officer who made the grant where "both sides" must know,
 * about their grant: agreement ready, tranche released, report reminders and answers, a held
 * tranche after a failed evaluation, termination. Sent after commit by the mailer.
 */
@Stateless
public class GrantMail {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    TenantRegistry registry;

    /** Mails the grantee's members; {0} city, {1} name, {2} call, {3} grant title, then {@code details}. */
    public void toGrantee(Grant grant, String template, Object... details) {
        send(grantee(grant), grant, template, details);
    }

    /** Mails the grantee's members and the officer who made the grant. */
    public void toBothSides(Grant grant, String template, Object... details) {
        List<UserAccount> people = grantee(grant);
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", grant.createdBy())
                .getResultStream()
                .findFirst()
                .ifPresent(people::add);
        send(people, grant, template, details);
    }

    private List<UserAccount> grantee(Grant grant) {
        List<UserAccount> people = new ArrayList<>();
        for (Membership member : em.createNamedQuery(Membership.OF_ORGANIZATION, Membership.class)
                .setParameter("organizationId", grant.organization().id())
                .getResultList()) {
            people.add(member.user());
        }
        return people;
    }

    private void send(List<UserAccount> people, Grant grant, String template, Object... details) {
        Map<String, UserAccount> once = new LinkedHashMap<>();
        people.forEach(p -> once.putIfAbsent(p.email(), p));
        for (UserAccount user : once.values()) {
            Object[] args = new Object[4 + details.length];
            args[0] = registry.currentCityName(user.locale());
            args[1] = user.displayName();
            args[2] = grant.call().title(user.locale());
            args[3] = grant.title();
            System.arraycopy(details, 0, args, 4, details.length);
            mailer.send(MailTemplates.render(user.email(), user.locale(), template, args));
        }
    }
}

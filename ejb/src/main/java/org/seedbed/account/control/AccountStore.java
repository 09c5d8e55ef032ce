package org.seedbed.account.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.seedbed.account.entity.AccountToken;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.TokenPurpose;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.platform.Settings;
import org.seedbed.problem.ConflictException;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantSlug;

/** Finding accounts of the current city and issuing their one-time e-mail links. */
@Stateless
public class AccountStore {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    public Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> byEmail(String email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** Creates an account after checking that username and e-mail are free in this city. */
    public UserAccount create(String username, String email, String displayName, Locale locale) {
        if (byUsername(username).isPresent()) {
            throw new ConflictException("account.username.taken", username);
        }
        if (byEmail(email).isPresent()) {
            throw new ConflictException("account.email.taken", email);
        }
        UserAccount account = new UserAccount(username, email, displayName, locale, Instant.now(clock));
        em.persist(account);
        return account;
    }

    /** Issues a one-time link and mails it; the mail leaves after commit. */
    public void sendLink(UserAccount account, TokenPurpose purpose, String template, String cityName) {
        String secret = SecretTokens.newSecret();
        em.persist(new AccountToken(account, purpose, SecretTokens.sha256(secret), Instant.now(clock)));
        String page =
                switch (purpose) {
                    case VERIFY_EMAIL -> "/verify.xhtml";
                    case RESET_PASSWORD, SET_PASSWORD -> "/reset.xhtml";
                };
        String link = Settings.publicUrl() + cityPathPrefix() + page + "?token=" + secret;
        mailer.send(MailTemplates.render(
                account.email(),
                account.locale(),
                template,
                cityName,
                account.displayName(),
                link,
                account.username()));
    }

    public Optional<AccountToken> redeemableToken(String secret, TokenPurpose purpose) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", SecretTokens.sha256(secret.trim()))
                .setParameter("purpose", purpose)
                .getResultStream()
                .filter(t -> t.isRedeemable(Instant.now(clock)))
                .findFirst();
    }

    public long countWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public long countActiveWithRole(Role role) {
        return em.createQuery(
                        "select count(u) from UserAccount u join u.roles r where r = :role"
                                + " and u.status = org.seedbed.account.entity.AccountStatus.ACTIVE",
                        Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    private static String cityPathPrefix() {
        String tenant = TenantContext.currentOrPlatform();
        return TenantSlug.PLATFORM.equals(tenant) ? "" : "/c/" + tenant;
    }
}

package org.seedbed.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.seedbed.account.control.AccountRules;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.control.PasswordPolicy;
import org.seedbed.account.control.Passwords;
import org.seedbed.account.entity.AccountStatus;
import org.seedbed.account.entity.AccountToken;
import org.seedbed.account.entity.TokenPurpose;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.platform.Settings;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * Self-service for people: registering as an NGO member or donor in a city, verifying the e-mail
 * address, resetting a forgotten password, choosing a language.
 */
@Stateless
@PermitAll
public class Accounts {

    @Inject
    AccountStore store;

    @Inject
    Passwords passwords;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    TenantRegistry cities;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    /** Everything wrong with a registration form, without registering anything. */
    public List<FieldProblem> problemsOf(Registration form) {
        List<FieldProblem> problems =
                new ArrayList<>(AccountRules.problemsOf(form.username(), form.email(), form.displayName()));
        PasswordPolicy.problemWith(form.password(), form.username(), form.email())
                .ifPresent(problems::add);
        if (form.role() == null || !form.role().isSelfService()) {
            problems.add(FieldProblem.of("role", "account.role.notSelfService"));
        }
        return problems;
    }

    /**
     * Registers a pending account and mails the verification link. Only inside a city. An address
     * that already has an account is not revealed: its owner gets a mail saying so, and the
     * caller sees the same answer as for a new registration.
     */
    public void register(Registration form, Locale locale) {
        if (TenantContext.currentCity().isEmpty()) {
            throw InvalidInputException.of("city", "account.register.cityOnly");
        }
        List<FieldProblem> problems = problemsOf(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<UserAccount> owner = store.byEmail(form.email().trim());
        if (owner.isPresent()) {
            mailer.send(MailTemplates.render(
                    owner.get().email(),
                    owner.get().locale(),
                    "alreadyRegistered",
                    cities.currentCityName(owner.get().locale()),
                    owner.get().displayName(),
                    Settings.publicUrl() + "/c/" + TenantContext.currentOrPlatform() + "/forgot.xhtml",
                    owner.get().username()));
            return;
        }
        UserAccount account = store.create(
                form.username(), form.email().trim(), form.displayName().trim(), locale);
        account.setPasswordHash(passwords.hash(form.password()));
        account.grant(form.role());
        store.sendLink(account, TokenPurpose.VERIFY_EMAIL, "verify", cities.currentCityName(locale));
        audit.recordAs(account.username(), "account.registered", "user", account.id(), null, UserView.of(account));
    }

    public void verifyEmail(String secret) {
        AccountToken token = store.redeemableToken(secret, TokenPurpose.VERIFY_EMAIL)
                .orElseThrow(() -> InvalidInputException.of("token", "account.link.invalid"));
        Instant now = Instant.now(clock);
        token.redeem(now);
        token.account().verifyEmail(now);
        audit.recordAs(
                token.account().username(),
                "account.emailVerified",
                "user",
                token.account().id(),
                null,
                null);
    }

    /** Mails a reset link if the address belongs to an account; says nothing either way. */
    public void requestPasswordReset(String email, Locale locale) {
        if (email == null || email.isBlank()) {
            throw InvalidInputException.of("email", "account.email.shape");
        }
        store.byEmail(email.trim())
                .filter(a -> a.status() != AccountStatus.DISABLED)
                .ifPresent(a ->
                        store.sendLink(a, TokenPurpose.RESET_PASSWORD, "reset", cities.currentCityName(a.locale())));
    }

    /** Sets a new password from a reset or first-password link; also lifts a login lock. */
    public void resetPassword(String secret, String newPassword) {
        AccountToken token = store.redeemableToken(secret, TokenPurpose.RESET_PASSWORD)
                .or(() -> store.redeemableToken(secret, TokenPurpose.SET_PASSWORD))
                .orElseThrow(() -> InvalidInputException.of("token", "account.link.invalid"));
        UserAccount account = token.account();
        PasswordPolicy.problemWith(newPassword, account.username(), account.email())
                .ifPresent(p -> {
                    throw new InvalidInputException(List.of(p));
                });
        Instant now = Instant.now(clock);
        token.redeem(now);
        account.setPasswordHash(passwords.hash(newPassword));
        account.unlock();
        if (token.purpose() == TokenPurpose.SET_PASSWORD) {
            account.activate(now);
        }
        audit.recordAs(account.username(), "account.passwordReset", "user", account.id(), null, null);
    }

    /** Remembers the language the signed-in caller chose. */
    @jakarta.annotation.security.RolesAllowed({
        "PLATFORM_ADMIN",
        "CITY_ADMIN",
        "PROGRAM_OFFICER",
        "REVIEWER",
        "MENTOR",
        "EVALUATOR",
        "NGO_MEMBER",
        "DONOR"
    })
    public void changeLanguage(Locale locale) {
        store.byUsername(session.getCallerPrincipal().getName()).ifPresent(a -> a.changeLocale(locale));
    }
}

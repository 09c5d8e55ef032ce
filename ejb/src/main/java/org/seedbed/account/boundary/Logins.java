package org.seedbed.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.control.Passwords;
import org.seedbed.account.entity.AccountStatus;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Checks credentials in the current city and throttles guessing: five failures in a row lock the
 * account for 15 minutes. Runs in its own transaction so that a failure is counted even though
 * the login itself fails.
 */
@Stateless
@PermitAll
public class Logins {

    @Inject
    AccountStore store;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome check(String usernameOrEmail, String password) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || password == null) {
            return LoginOutcome.failed(LoginOutcome.Result.INVALID);
        }
        String name = usernameOrEmail.trim();
        Optional<UserAccount> found = name.contains("@") ? store.byEmail(name) : store.byUsername(name);
        if (found.isEmpty()) {
            passwords.burnTime(password);
            return LoginOutcome.failed(LoginOutcome.Result.INVALID);
        }
        UserAccount account = found.get();
        Instant now = Instant.now(clock);
        if (account.isLocked(now)) {
            return LoginOutcome.failed(LoginOutcome.Result.LOCKED);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            account.recordFailedLogin(now);
            if (account.isLocked(now)) {
                audit.recordAs("system", "account.locked", "user", account.id(), null, null);
                return LoginOutcome.failed(LoginOutcome.Result.LOCKED);
            }
            return LoginOutcome.failed(LoginOutcome.Result.INVALID);
        }
        if (account.status() == AccountStatus.DISABLED) {
            return LoginOutcome.failed(LoginOutcome.Result.DISABLED);
        }
        if (account.status() == AccountStatus.PENDING_VERIFICATION) {
            return LoginOutcome.failed(LoginOutcome.Result.NOT_VERIFIED);
        }
        account.recordSuccessfulLogin(now);
        return LoginOutcome.success(callerOf(account));
    }

    /**
     * The signed-in person as the account is now: roles changed or an account disabled since the
     * login take effect on the next request, not when the session ends.
     */
    public Optional<Caller> current(long userId) {
        return store.byId(userId)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(Logins::callerOf);
    }

    static Caller callerOf(UserAccount account) {
        return new Caller(
                TenantContext.currentOrPlatform(),
                account.id(),
                account.username(),
                account.displayName(),
                account.roles(),
                account.locale());
    }
}

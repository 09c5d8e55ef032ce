package org.seedbed.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.seedbed.account.control.AccountRules;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.control.PasswordPolicy;
import org.seedbed.account.control.Passwords;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.TokenPurpose;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * A city admin manages the city's accounts: creates accounts for staff, experts and mentors,
 * grants and withdraws roles, disables accounts. On the platform site the same operations manage
 * platform admins. Every change is audited with the state before and after.
 */
@Stateless
@RolesAllowed({"CITY_ADMIN", "PLATFORM_ADMIN"})
public class Users {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    AccountStore store;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    TenantRegistry cities;

    @Inject
    Clock clock;

    public List<UserView> list() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultStream()
                .map(UserView::of)
                .toList();
    }

    public UserView find(long id) {
        return UserView.of(account(id));
    }

    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, store.countWithRole(role));
        }
        return counts;
    }

    public UserView create(NewUser form, Locale mailLocale) {
        List<FieldProblem> problems =
                new ArrayList<>(AccountRules.problemsOf(form.username(), form.email(), form.displayName()));
        problems.addAll(roleProblems(form.roles()));
        if (form.password() != null && !form.password().isEmpty()) {
            PasswordPolicy.problemWith(form.password(), form.username(), form.email())
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account = store.create(
                form.username(), form.email().trim(), form.displayName().trim(), mailLocale);
        account.replaceRoles(form.roles());
        Instant now = Instant.now(clock);
        if (form.password() != null && !form.password().isEmpty()) {
            account.setPasswordHash(passwords.hash(form.password()));
            account.activate(now);
        } else {
            store.sendLink(account, TokenPurpose.SET_PASSWORD, "invite", cities.currentCityName(mailLocale));
        }
        em.flush();
        UserView view = UserView.of(account);
        audit.record("user.created", "user", account.id(), null, view);
        return view;
    }

    public UserView changeRoles(long id, Set<Role> roles) {
        List<FieldProblem> problems = roleProblems(roles);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return audited(id, "user.rolesChanged", account -> {
            if (!roles.contains(adminRole()) && isLastAdmin(account)) {
                throw new ConflictException("user.lastAdmin");
            }
            account.replaceRoles(roles);
        });
    }

    public UserView disable(long id) {
        return audited(id, "user.disabled", account -> {
            if (isLastAdmin(account)) {
                throw new ConflictException("user.lastAdmin");
            }
            account.disable();
        });
    }

    public UserView enable(long id) {
        return audited(id, "user.enabled", UserAccount::enable);
    }

    /** Applies a change to one account and records it with the state before and after. */
    private UserView audited(long id, String action, Consumer<UserAccount> change) {
        UserAccount account = account(id);
        UserView before = UserView.of(account);
        change.accept(account);
        em.flush();
        UserView after = UserView.of(account);
        audit.record(action, "user", id, before, after);
        return after;
    }

    private UserAccount account(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** The admin role of the current place: city admin in a city, platform admin on the platform. */
    private static Role adminRole() {
        return TenantContext.currentCity().isPresent() ? Role.CITY_ADMIN : Role.PLATFORM_ADMIN;
    }

    /** Whether the account is the place's only active admin: taking it away would lock everyone out. */
    private boolean isLastAdmin(UserAccount account) {
        return account.roles().contains(adminRole())
                && account.status() == org.seedbed.account.entity.AccountStatus.ACTIVE
                && store.countActiveWithRole(adminRole()) <= 1;
    }

    private static List<FieldProblem> roleProblems(Set<Role> roles) {
        boolean inCity = TenantContext.currentCity().isPresent();
        List<FieldProblem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(FieldProblem.of("roles", "user.roles.required"));
            return problems;
        }
        for (Role role : roles) {
            if (role == null) {
                problems.add(FieldProblem.of("roles", "user.roles.required"));
            } else if (inCity != role.isCityRole()) {
                problems.add(FieldProblem.of("roles", "user.role.wrongPlace", role));
            }
        }
        return problems;
    }
}

package org.seedbed.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.control.ApiTokenFormat;
import org.seedbed.account.control.SecretTokens;
import org.seedbed.account.entity.AccessToken;
import org.seedbed.account.entity.AccountStatus;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.TenantContext;

/** Personal access tokens: people create and revoke their own; the API authenticates with them. */
@Stateless
public class ApiTokens {

    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller behind a token of the current city, if the token is valid and its owner active. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Caller> authenticate(String token) {
        return ApiTokenFormat.parse(token)
                .filter(parsed -> parsed.city().equals(TenantContext.currentOrPlatform()))
                .flatMap(parsed -> em.createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                        .setParameter("hash", SecretTokens.sha256(token.trim()))
                        .getResultStream()
                        .findFirst())
                .filter(t -> t.isUsable(Instant.now(clock)))
                .filter(t -> t.owner().status() == AccountStatus.ACTIVE)
                .map(t -> {
                    t.markUsed(Instant.now(clock));
                    return Logins.callerOf(t.owner());
                });
    }

    @RolesAllowed({
        "PLATFORM_ADMIN",
        "CITY_ADMIN",
        "PROGRAM_OFFICER",
        "REVIEWER",
        "MENTOR",
        "EVALUATOR",
        "NGO_MEMBER",
        "DONOR"
    })
    public IssuedToken create(String name, Integer validDays) {
        UserAccount owner = currentAccount();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "token.name.required");
        }
        if (validDays != null && (validDays < 1 || validDays > MAX_DAYS)) {
            throw new InvalidInputException(List.of(FieldProblem.of("validDays", "token.validDays.range", MAX_DAYS)));
        }
        String secret = ApiTokenFormat.format(TenantContext.currentOrPlatform(), SecretTokens.newSecret());
        Instant now = Instant.now(clock);
        AccessToken token = new AccessToken(
                owner,
                name.trim(),
                SecretTokens.sha256(secret),
                ApiTokenFormat.displayPrefix(secret),
                now,
                validDays == null ? null : now.plus(Duration.ofDays(validDays)));
        em.persist(token);
        TokenView view = TokenView.of(token);
        audit.record("token.created", "token", token.id(), null, view);
        return new IssuedToken(view, secret);
    }

    @RolesAllowed({
        "PLATFORM_ADMIN",
        "CITY_ADMIN",
        "PROGRAM_OFFICER",
        "REVIEWER",
        "MENTOR",
        "EVALUATOR",
        "NGO_MEMBER",
        "DONOR"
    })
    public List<TokenView> mine() {
        return em.createNamedQuery(AccessToken.OF_OWNER, AccessToken.class)
                .setParameter("ownerId", currentAccount().id())
                .getResultStream()
                .map(TokenView::of)
                .toList();
    }

    @RolesAllowed({
        "PLATFORM_ADMIN",
        "CITY_ADMIN",
        "PROGRAM_OFFICER",
        "REVIEWER",
        "MENTOR",
        "EVALUATOR",
        "NGO_MEMBER",
        "DONOR"
    })
    public void revoke(long id) {
        UserAccount owner = currentAccount();
        AccessToken token = Optional.ofNullable(em.find(AccessToken.class, id))
                .filter(t -> t.owner().id().equals(owner.id()))
                .orElseThrow(() -> new NotFoundException("token", id));
        token.revoke(Instant.now(clock));
        audit.record("token.revoked", "token", id, null, TokenView.of(token));
    }

    private UserAccount currentAccount() {
        String name = session.getCallerPrincipal().getName();
        return store.byUsername(name).orElseThrow(() -> new NotFoundException("user", name));
    }
}

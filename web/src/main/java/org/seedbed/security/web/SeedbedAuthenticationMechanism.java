package org.seedbed.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.seedbed.account.boundary.ApiTokens;
import org.seedbed.account.boundary.Caller;
import org.seedbed.account.boundary.LoginOutcome;
import org.seedbed.account.boundary.Logins;
import org.seedbed.account.control.ApiTokenFormat;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRequest;
import org.seedbed.tenancy.web.CityResolution;

/**
 * Establishes the caller of every request, in the request's city only.
 *
 * <ul>
 *   <li>{@code Authorization: Bearer sbd_…}: a personal access token of this city (API clients).
 *   <li>{@code Authorization: Basic …}: username and password of this city, for scripts (same
 *       throttling as the login page; no session is created).
 *   <li>A login started by the login page through {@code SecurityContext.authenticate}: the session
 *       id is changed (no session fixation) and the caller kept in the session.
 *   <li>A session whose caller belongs to this city. A session of another city counts for nothing
 *       here: the request is anonymous.
 * </ul>
 */
@ApplicationScoped
public class SeedbedAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "seedbed.caller";
    /** Request attribute: a token of another city was presented (answered with 404). */
    public static final String FOREIGN_TOKEN = "seedbed.foreignToken";
    /** Request attribute: a token was presented but is not valid (answered with 401). */
    public static final String INVALID_TOKEN = "seedbed.invalidToken";
    /** Request attribute: the session belongs to a caller of another city (API answers 404). */
    public static final String FOREIGN_SESSION = "seedbed.foreignSession";
    /** Request attribute: the caller was authenticated by a token, not by a session. */
    public static final String BY_TOKEN = "seedbed.byToken";
    /** Request attribute: why the last login attempt failed. */
    public static final String LOGIN_OUTCOME = "seedbed.loginOutcome";

    @Inject
    CityResolution resolution;

    @Inject
    Logins logins;

    @Inject
    ApiTokens tokens;

    @Inject
    LoginThrottle throttle;

    /** Request attribute: too many failed logins from this address (answered with 429). */
    public static final String THROTTLED = "seedbed.throttled";

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        TenantRequest.Target target = resolution.resolve(request);
        if (target.unknownCity()) {
            return context.doNothing();
        }
        String city = TenantContext.currentOrPlatform();

        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return byToken(authorization.substring(7).trim(), city, request, context);
        }

        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return byBasic(authorization.substring(6).trim(), request, context);
        }

        Credential credential = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return byPassword(login, request, context);
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof Caller caller) {
            if (caller.city().equals(city)) {
                Optional<Caller> now = logins.current(caller.userId());
                if (now.isEmpty()) {
                    session.removeAttribute(SESSION_CALLER);
                    return context.doNothing();
                }
                session.setAttribute(SESSION_CALLER, now.get());
                return notify(context, now.get());
            }
            request.setAttribute(FOREIGN_SESSION, Boolean.TRUE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus byToken(
            String token, String city, HttpServletRequest request, HttpMessageContext context) {
        Optional<ApiTokenFormat.Parsed> parsed = ApiTokenFormat.parse(token);
        if (parsed.isPresent() && !parsed.get().city().equals(city)) {
            request.setAttribute(FOREIGN_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        Optional<Caller> caller = parsed.flatMap(p -> tokens.authenticate(token));
        if (caller.isEmpty()) {
            request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        request.setAttribute(BY_TOKEN, Boolean.TRUE);
        return notify(context, caller.get());
    }

    /** Username and password on an API call (scripts, and getting a first token); no session. */
    private AuthenticationStatus byBasic(String encoded, HttpServletRequest request, HttpMessageContext context) {
        String decoded;
        try {
            decoded =
                    new String(java.util.Base64.getDecoder().decode(encoded), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        String address = request.getRemoteAddr();
        if (!throttle.allows(address)) {
            request.setAttribute(THROTTLED, throttle.retryAfterSeconds(address));
            return context.doNothing();
        }
        int colon = decoded.indexOf(':');
        LoginOutcome outcome =
                colon < 0 ? null : logins.check(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (outcome == null || outcome.caller().isEmpty()) {
            throttle.recordFailure(address);
            request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        request.setAttribute(BY_TOKEN, Boolean.TRUE);
        return notify(context, outcome.caller().get());
    }

    private AuthenticationStatus byPassword(
            UsernamePasswordCredential login, HttpServletRequest request, HttpMessageContext context) {
        String address = request.getRemoteAddr();
        if (!throttle.allows(address)) {
            request.setAttribute(THROTTLED, throttle.retryAfterSeconds(address));
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginOutcome outcome = logins.check(login.getCaller(), login.getPasswordAsString());
        request.setAttribute(LOGIN_OUTCOME, outcome.result());
        if (outcome.caller().isEmpty()) {
            throttle.recordFailure(address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Caller caller = outcome.caller().get();
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_CALLER, caller);
        return notify(context, caller);
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Caller caller) {
        Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(new CityPrincipal(caller.username(), caller.city()), groups);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}

package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.seedbed.account.boundary.Caller;
import org.seedbed.security.web.SeedbedAuthenticationMechanism;
import org.seedbed.tenancy.control.TenantContext;

/** The signed-in person of this request in this city, for pages; empty when anonymous. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public Optional<Caller> caller() {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SeedbedAuthenticationMechanism.SESSION_CALLER);
        return caller instanceof Caller c && c.city().equals(TenantContext.currentOrPlatform())
                ? Optional.of(c)
                : Optional.empty();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse("");
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse("");
    }

    public boolean hasRole(String role) {
        return caller().map(c -> c.roles().stream().anyMatch(r -> r.name().equals(role)))
                .orElse(false);
    }
}

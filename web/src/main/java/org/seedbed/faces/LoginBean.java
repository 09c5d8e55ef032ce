package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seedbed.account.boundary.LoginOutcome;
import org.seedbed.security.web.SeedbedAuthenticationMechanism;

/** The login form and logout. After login the person returns to where they were sent from. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    CityLinks links;

    private String username;
    private String password;
    private String next;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(safeNext());
            faces.responseComplete();
            return null;
        }
        if (request.getAttribute(SeedbedAuthenticationMechanism.THROTTLED) != null) {
            Texts.error("login.throttled");
            return null;
        }
        Object outcome = request.getAttribute(SeedbedAuthenticationMechanism.LOGIN_OUTCOME);
        String key = outcome instanceof LoginOutcome.Result result
                ? switch (result) {
                    case LOCKED -> "login.locked";
                    case NOT_VERIFIED -> "login.notVerified";
                    case DISABLED -> "login.disabled";
                    default -> "login.invalid";
                }
                : "login.invalid";
        Texts.error(key);
        return null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(links.to("/"));
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Only paths of this site: an absolute URL in ?next= would make login an open redirect. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
            return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + next;
        }
        return links.to("/dashboard.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

package org.seedbed.account.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.problem.NotFoundException;

/** The account of whoever calls a use case in this city, and whether they are city staff. */
@Stateless
public class Callers {

    @Resource
    SessionContext session;

    @Inject
    AccountStore accounts;

    /** The caller's account; anonymous callers and platform admins have none in a city. */
    public UserAccount current() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || "anonymous".equals(principal.getName())) {
            throw new NotFoundException("user", "-");
        }
        return accounts.byUsername(principal.getName()).orElseThrow(() -> new NotFoundException("user", "-"));
    }

    public String name() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    public boolean isSignedIn() {
        Principal principal = session.getCallerPrincipal();
        return principal != null && !"anonymous".equals(principal.getName());
    }

    /** Program officers and city admins: they see every organization and incubation of the city. */
    public boolean isStaff() {
        return session.isCallerInRole("PROGRAM_OFFICER") || session.isCallerInRole("CITY_ADMIN");
    }

    public boolean isInRole(String role) {
        return session.isCallerInRole(role);
    }
}

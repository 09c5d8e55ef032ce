package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seedbed.account.boundary.Accounts;
import org.seedbed.account.boundary.Registration;
import org.seedbed.account.entity.Role;
import org.seedbed.problem.SeedbedProblem;

/** Self-registration of NGO members and donors; a verification mail follows. */
@Named
@RequestScoped
public class RegisterBean {

    @Inject
    Accounts accounts;

    @Inject
    Language language;

    private String username;
    private String email;
    private String displayName;
    private String password;
    private String passwordAgain;
    private Role role = Role.NGO_MEMBER;
    private boolean done;

    public void register() {
        Registration form = new Registration(username, email, displayName, password, role);
        if (password == null || !password.equals(passwordAgain)) {
            // Say everything that is wrong at once, not one thing per attempt.
            Texts.problem(new org.seedbed.problem.InvalidInputException(accounts.problemsOf(form)));
            Texts.error("register.passwordsDiffer");
            return;
        }
        try {
            accounts.register(form, language.getLocale());
            done = true;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public Role[] getRoles() {
        return new Role[] {Role.NGO_MEMBER, Role.DONOR};
    }

    public boolean isDone() {
        return done;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}

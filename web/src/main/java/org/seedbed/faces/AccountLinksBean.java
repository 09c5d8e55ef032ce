package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seedbed.account.boundary.Accounts;
import org.seedbed.problem.SeedbedProblem;

/** The pages behind e-mailed links: verify the address, forgot password, choose a new one. */
@Named
@RequestScoped
public class AccountLinksBean {

    @Inject
    Accounts accounts;

    @Inject
    Language language;

    private String token;
    private String email;
    private String password;
    private String passwordAgain;
    private boolean done;

    /** Runs when the verification page opens (f:viewAction). */
    public void verify() {
        try {
            accounts.verifyEmail(token);
            done = true;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void requestReset() {
        try {
            accounts.requestPasswordReset(email, language.getLocale());
            done = true;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void reset() {
        if (password == null || !password.equals(passwordAgain)) {
            Texts.error("register.passwordsDiffer");
            return;
        }
        try {
            accounts.resetPassword(token, password);
            done = true;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
}

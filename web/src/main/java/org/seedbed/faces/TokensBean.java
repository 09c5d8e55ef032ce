package org.seedbed.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.seedbed.account.boundary.ApiTokens;
import org.seedbed.account.boundary.IssuedToken;
import org.seedbed.account.boundary.TokenView;
import org.seedbed.problem.SeedbedProblem;

/** A person's personal access tokens for the API; a new token's secret is shown once. */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    private String name;
    private Integer validDays = 90;
    private String newSecret;

    public List<TokenView> getMine() {
        return tokens.mine();
    }

    public void create() {
        try {
            IssuedToken issued = tokens.create(name, validDays);
            newSecret = issued.secret();
            name = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void revoke(long id) {
        try {
            tokens.revoke(id);
            newSecret = null;
            Texts.info("tokens.revoked");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public String getNewSecret() {
        return newSecret;
    }
}

package org.seedbed.grant.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.problem.SeedbedProblem;

/** The grants of the caller's organizations, newest first: ngo/grants.xhtml. */
@Named
@RequestScoped
public class MyGrantsBean {

    @Inject
    Grants grants;

    private List<GrantSummary> rows;

    public List<GrantSummary> getRows() {
        if (rows == null) {
            try {
                rows = grants.mine();
            } catch (SeedbedProblem problem) {
                rows = List.of();
                Texts.problem(problem);
            }
        }
        return rows;
    }

    /** How much of the grant is paid out, in whole percent, for its bar. */
    public int releasedPercent(GrantSummary grant) {
        return GrantProgress.percent(grant.released(), grant.amount());
    }
}

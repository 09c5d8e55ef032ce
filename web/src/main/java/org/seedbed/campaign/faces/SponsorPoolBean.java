package org.seedbed.campaign.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.seedbed.campaign.boundary.MatchingPools;
import org.seedbed.campaign.boundary.PoolView;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * The sponsor's private page of their matching pool, sponsor.xhtml?token=, reached by the link
 * the officers gave them: the budget and how it is used, day by day. Read only; an unknown link
 * answers "not found".
 */
@Named
@RequestScoped
public class SponsorPoolBean {

    @Inject
    MatchingPools pools;

    private String token;
    private PoolView pool;
    private boolean notFound;
    private StaffPoolShares shares;
    private String chart;

    /** View action. */
    public void load() {
        if (token == null || token.isBlank() || token.length() > 200) {
            notFound = true;
            return;
        }
        try {
            pool = pools.bySponsorToken(token);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Percent of the budget matched for good: the first part of the stacked bar. */
    public int getCommittedShare() {
        return shares() == null ? 0 : shares().committed();
    }

    /** Percent of the budget held for donations being paid. */
    public int getReservedShare() {
        return shares() == null ? 0 : shares().reserved();
    }

    /** Percent of the budget left to match. */
    public int getAvailableShare() {
        return shares() == null ? 0 : shares().available();
    }

    private StaffPoolShares shares() {
        if (shares == null && pool != null) {
            shares = StaffPoolShares.of(pool);
        }
        return shares;
    }

    public boolean isHasDays() {
        return pool != null && pool.byDay() != null && !pool.byDay().isEmpty();
    }

    public String getChart() {
        if (chart == null && pool != null) {
            chart = StaffPoolCharts.committedByDay(pool.byDay(), Texts.text("give.sponsor.chart.series"));
        }
        return chart;
    }

    public PoolView getPool() {
        return pool;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}

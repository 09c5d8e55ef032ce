package org.seedbed.campaign.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.faces.CallFormat;
import org.seedbed.campaign.boundary.MatchingPools;
import org.seedbed.campaign.boundary.PoolView;
import org.seedbed.campaign.entity.MatchingPool;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.platform.Settings;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.control.TenantContext;

/**
 * One matching pool for officers, staff/pool.xhtml?id=: its rules, how its budget is used with
 * what it matched each day, the sponsor's private link to follow it, and closing it.
 */
@Named
@ViewScoped
public class StaffPoolBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchingPools pools;

    @Inject
    Calls calls;

    @Inject
    Language language;

    @Inject
    CallFormat format;

    private String id;
    private PoolView view;
    private boolean notFound;
    private String callTitle;

    /** View action: the pool of the address. */
    public void load() {
        Long poolId = AddressIds.parse(id);
        if (poolId == null) {
            notFound = true;
            return;
        }
        try {
            view = pools.get(poolId);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Stops matching new gifts; what is reserved is still settled. */
    public void close() {
        if (view == null) {
            return;
        }
        try {
            view = pools.close(view.id());
            Texts.info("staffPool.closed", view.sponsorName());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            try {
                view = pools.get(view.id());
            } catch (SeedbedProblem again) {
                Texts.problem(again);
            }
        }
    }

    public boolean isOpen() {
        return view != null && view.status() == MatchingPool.Status.ACTIVE;
    }

    public StaffPoolShares getShares() {
        return view == null ? new StaffPoolShares(0, 0, 0) : StaffPoolShares.of(view);
    }

    public String getChart() {
        return StaffPoolCharts.committedByDay(view == null ? null : view.byDay(), Texts.text("staffPool.committed"));
    }

    /** The whole budget given away for good, per matched donation on average. */
    public BigDecimal getAverageMatch() {
        if (view == null || view.matchedDonations() == 0) {
            return null;
        }
        return view.committed().divide(BigDecimal.valueOf(view.matchedDonations()), 2, RoundingMode.HALF_UP);
    }

    /** The sponsor's read-only page, as a full address to send them. */
    public String getSponsorLink() {
        if (view == null || view.sponsorToken() == null) {
            return null;
        }
        return Settings.publicUrl() + "/c/" + TenantContext.currentOrPlatform() + "/sponsor.xhtml?token="
                + view.sponsorToken();
    }

    /** The call a CALL pool matches, by its title. */
    public String getCallTitle() {
        if (view == null || view.callId() == null) {
            return null;
        }
        if (callTitle == null) {
            long callId = view.callId();
            try {
                callTitle = calls.all().stream()
                        .filter(c -> c.id() == callId)
                        .findFirst()
                        .map(c -> c.title(language.getLocale()))
                        .orElse(String.valueOf(callId));
            } catch (SeedbedProblem problem) {
                callTitle = String.valueOf(callId);
            }
        }
        return callTitle;
    }

    /** A cap, or "no cap" when the sponsor set none. */
    public String cap(BigDecimal amount) {
        return amount == null ? Texts.text("staffPool.noCap") : format.money(amount, view.currency());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PoolView getView() {
        return view;
    }

    public boolean isNotFound() {
        return notFound;
    }
}

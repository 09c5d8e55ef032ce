package org.seedbed.campaign.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.call.faces.CallFormat;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.Campaigns;
import org.seedbed.campaign.boundary.MatchingPools;
import org.seedbed.campaign.boundary.PoolView;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.MatchingPool;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.faces.FieldMessages;
import org.seedbed.problem.SeedbedProblem;

/**
 * Officers' matching pools staff/pools.xhtml: each sponsor's pool with what it matches, its ratio
 * and how its budget is used (committed, reserved, left), and the form for a new pool with every
 * rule a sponsor may set: caps, a minimum gift, a daily release with its opening time, the period,
 * the priority among pools and the number of shards.
 */
@Named
@ViewScoped
public class StaffPoolsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String POOL_FORM = "poolForm";

    @Inject
    MatchingPools pools;

    @Inject
    Campaigns campaigns;

    @Inject
    Calls calls;

    @Inject
    Language language;

    @Inject
    CityCalendar calendar;

    @Inject
    CallFormat format;

    private List<PoolView> all;
    private List<CampaignView> campaignList;
    private List<CallView> callList;
    private StaffPoolDraft draft = new StaffPoolDraft();

    public List<PoolView> getPools() {
        if (all == null) {
            try {
                all = pools.all();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                all = List.of();
            }
        }
        return all;
    }

    public StaffPoolShares shares(PoolView pool) {
        return StaffPoolShares.of(pool);
    }

    /** What the pool matches, in words: the campaign's title, the call's, or the city (on its event day). */
    public String target(PoolView pool) {
        if (pool.scope() == MatchingPool.Scope.CAMPAIGN) {
            return pool.campaignTitle() == null ? Texts.text("common.none") : pool.campaignTitle();
        }
        if (pool.scope() == MatchingPool.Scope.CALL) {
            return call(pool.callId())
                    .map(c -> c.title(language.getLocale()))
                    .orElse(Texts.text("staffPool.target.call", String.valueOf(pool.callId())));
        }
        return pool.eventDay() == null
                ? Texts.text("staffPool.target.city")
                : Texts.text("staffPool.target.cityDay", format.date(pool.eventDay()));
    }

    private Optional<CallView> call(Long callId) {
        return callId == null
                ? Optional.empty()
                : getCalls().stream().filter(c -> c.id() == callId).findFirst();
    }

    // ---------------------------------------------------------------- a new pool

    public void openNew() {
        draft = new StaffPoolDraft();
    }

    public void create() {
        boolean saved = false;
        try {
            PoolView created = pools.create(draft.toForm(calendar.zone()));
            Texts.info("staffPool.created", created.sponsorName());
            saved = true;
            draft = new StaffPoolDraft();
            all = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, POOL_FORM);
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** Campaigns a pool may match: those not over or refused. */
    public List<CampaignView> getCampaigns() {
        if (campaignList == null) {
            try {
                campaignList = campaigns.all(null).stream()
                        .filter(c -> c.status() == Campaign.Status.ACTIVE
                                || c.status() == Campaign.Status.PENDING
                                || c.status() == Campaign.Status.DRAFT)
                        .toList();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                campaignList = List.of();
            }
        }
        return campaignList;
    }

    /** Published calls (and closed ones, whose projects still raise money). */
    public List<CallView> getCalls() {
        if (callList == null) {
            try {
                callList = calls.all().stream()
                        .filter(c -> c.status() != CallStatus.DRAFT)
                        .toList();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                callList = List.of();
            }
        }
        return callList;
    }

    public List<MatchingPool.SponsorKind> getSponsorKinds() {
        return List.of(MatchingPool.SponsorKind.values());
    }

    public List<MatchingPool.Scope> getScopes() {
        return List.of(MatchingPool.Scope.values());
    }

    public StaffPoolDraft getDraft() {
        return draft;
    }
}

package org.seedbed.campaign.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.Campaigns;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.organization.boundary.OrganizationFilter;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.faces.FieldMessages;
import org.seedbed.problem.SeedbedProblem;

/**
 * Officers' campaign list staff/campaigns.xhtml: every campaign with its progress, filtered by
 * status with each status's count, those waiting for approval first with Approve and Send back;
 * and the officers' own new campaigns, written for a verified organization and saved as drafts
 * that the Open button (approval) puts online.
 */
@Named
@ViewScoped
public class StaffCampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CAMPAIGN_FORM = "campaignForm";
    static final String SEND_BACK_FORM = "sendBackForm";

    @Inject
    Campaigns campaigns;

    @Inject
    Organizations organizations;

    @Inject
    Grants grants;

    @Inject
    CityCalendar calendar;

    private Campaign.Status status;
    private List<CampaignView> all;
    private List<OrganizationView> verified;
    private List<GrantSummary> grantList;

    // The send-back dialog.
    private Long sendBackId;
    private String sendBackTitle;
    private String note;

    // The new-campaign dialog.
    private CampaignFormDraft draft = CampaignFormDraft.blank();

    public List<CampaignView> getRows() {
        return StaffCampaignList.shown(getAll(), status);
    }

    public List<StaffCampaignList.StatusCount> getCounts() {
        return StaffCampaignList.counts(getAll());
    }

    /** Every campaign of the city, whatever its status. */
    public int getTotal() {
        return getAll().size();
    }

    /** A status chip filters the list by its status; a second click shows every campaign again. */
    public void toggleStatus(Campaign.Status chosen) {
        status = chosen == status ? null : chosen;
    }

    public void showAll() {
        status = null;
    }

    public boolean isWaiting() {
        return getAll().stream().anyMatch(c -> c.status() == Campaign.Status.PENDING);
    }

    private List<CampaignView> getAll() {
        if (all == null) {
            try {
                all = campaigns.all(null);
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                all = List.of();
            }
        }
        return all;
    }

    // ---------------------------------------------------------------- approval

    /** Opens an organization's campaign, or puts an officer's draft online. */
    public void approve(CampaignView campaign) {
        try {
            CampaignView opened = campaigns.approve(campaign.id());
            Texts.info("staffCampaign.approved", opened.titleZh());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        all = null;
    }

    public void openSendBack(CampaignView campaign) {
        sendBackId = campaign.id();
        sendBackTitle = campaign.titleZh();
        note = null;
    }

    public void sendBack() {
        boolean saved = false;
        if (sendBackId != null) {
            try {
                campaigns.reject(sendBackId, note);
                Texts.info("staffCampaign.sentBack", sendBackTitle);
                saved = true;
                sendBackId = null;
                all = null;
            } catch (SeedbedProblem problem) {
                FieldMessages.show(problem, SEND_BACK_FORM);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    // ---------------------------------------------------------------- a new campaign

    public void openNew() {
        draft = CampaignFormDraft.blank();
    }

    /** Saves the officer's campaign as a draft; it goes online with the Open button. */
    public void create() {
        boolean saved = false;
        try {
            CampaignView created = campaigns.create(draft.toForm(calendar.zone()));
            Texts.info("staffCampaign.created", created.titleZh());
            saved = true;
            draft = CampaignFormDraft.blank();
            status = null;
            all = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, CAMPAIGN_FORM);
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    /** The city's verified organizations, which alone may raise money. */
    public List<OrganizationView> getOrganizations() {
        if (verified == null) {
            try {
                verified = organizations.allMatching(new OrganizationFilter(
                        null, null, OrganizationStatus.VERIFIED, null, null, 0, Integer.MAX_VALUE));
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                verified = List.of();
            }
        }
        return verified;
    }

    /** The grants of the chosen organization, one of which the campaign may raise money for. */
    public List<GrantSummary> getGrants() {
        Long organizationId = draft.getOrganizationId();
        if (organizationId == null) {
            return List.of();
        }
        if (grantList == null) {
            try {
                grantList = grants.portfolio(null, null, null);
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                grantList = List.of();
            }
        }
        return grantList.stream()
                .filter(g -> g.organizationId() == organizationId)
                .toList();
    }

    /** Another organization was chosen: a grant of the one before no longer fits. */
    public void organizationChanged() {
        draft.setGrantId(null);
    }

    /** The city's currency, in which goals and budget lines are written. */
    public String getCurrency() {
        return calendar.currency();
    }

    public CampaignFormDraft getDraft() {
        return draft;
    }

    public Campaign.Status getStatus() {
        return status;
    }

    public void setStatus(Campaign.Status status) {
        this.status = status;
    }

    public String getSendBackTitle() {
        return sendBackTitle;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

package org.seedbed.campaign.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.Campaigns;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.GrantSummary;
import org.seedbed.grant.boundary.Grants;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.faces.FieldMessages;
import org.seedbed.problem.SeedbedProblem;

/**
 * An NGO member's campaigns, ngo/campaigns.xhtml: those of the member's organizations with their
 * status and progress; new ones for a verified organization, drafts and sent-back ones edited (with
 * the officer's note beside them) and submitted for approval; updates for donors; a cover picture;
 * and the public page once the campaign is open.
 */
@Named
@ViewScoped
public class NgoCampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CAMPAIGN_FORM = "campaignForm";
    static final String UPDATE_FORM = "updateForm";
    static final String COVER_FORM = "coverForm";

    @Inject
    Campaigns campaigns;

    @Inject
    Organizations organizations;

    @Inject
    Grants grants;

    @Inject
    CityCalendar calendar;

    private List<CampaignView> mine;
    private List<OrganizationView> verified;
    private List<GrantSummary> myGrants;

    private CampaignFormDraft draft = CampaignFormDraft.blank();
    private CampaignView target;
    private String updateZh;
    private String updateEn;
    private transient UploadedFile cover;

    public List<CampaignView> getCampaigns() {
        if (mine == null) {
            try {
                mine = campaigns.mine();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                mine = List.of();
            }
        }
        return mine;
    }

    /** Drafts and sent-back campaigns are the organization's to change; the rest only officers change. */
    public boolean editable(CampaignView campaign) {
        return campaign.status() == Campaign.Status.DRAFT || campaign.status() == Campaign.Status.REJECTED;
    }

    public boolean isPublic(CampaignView campaign) {
        return campaign.status() == Campaign.Status.ACTIVE || campaign.status() == Campaign.Status.ENDED;
    }

    /** Updates and a cover suit every campaign that is not cancelled. */
    public boolean alive(CampaignView campaign) {
        return campaign.status() != Campaign.Status.CANCELLED;
    }

    // ---------------------------------------------------------------- writing

    public void openNew() {
        draft = CampaignFormDraft.blank();
        target = null;
        List<OrganizationView> choices = getOrganizations();
        if (choices.size() == 1) {
            draft.setOrganizationId(choices.get(0).id());
        }
    }

    public void openEdit(CampaignView campaign) {
        draft = CampaignFormDraft.of(campaign, calendar.zone());
        target = campaign;
    }

    /** Saves the campaign as a draft (new or changed); submitting is a step of its own. */
    public void save() {
        boolean saved = false;
        try {
            CampaignView done = draft.isEditing()
                    ? campaigns.update(draft.getCampaignId(), draft.toForm(calendar.zone()))
                    : campaigns.create(draft.toForm(calendar.zone()));
            Texts.info("ngoCampaign.saved", done.titleZh());
            saved = true;
            mine = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, CAMPAIGN_FORM);
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void submit(CampaignView campaign) {
        try {
            campaigns.submit(campaign.id());
            Texts.info("ngoCampaign.submitted", campaign.titleZh());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        mine = null;
    }

    /** The member's verified organizations: only they may raise money. */
    public List<OrganizationView> getOrganizations() {
        if (verified == null) {
            try {
                verified = organizations.mine().stream()
                        .filter(o -> o.status() == OrganizationStatus.VERIFIED)
                        .toList();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                verified = List.of();
            }
        }
        return verified;
    }

    /** Whether the member belongs to an organization that may raise money. */
    public boolean isMayCreate() {
        return !getOrganizations().isEmpty();
    }

    public List<GrantSummary> getGrants() {
        Long organizationId = draft.getOrganizationId();
        if (organizationId == null) {
            return List.of();
        }
        if (myGrants == null) {
            try {
                myGrants = grants.mine();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                myGrants = List.of();
            }
        }
        return myGrants.stream()
                .filter(g -> g.organizationId() == organizationId)
                .toList();
    }

    public void organizationChanged() {
        draft.setGrantId(null);
    }

    // ---------------------------------------------------------------- updates and cover

    public void openUpdate(CampaignView campaign) {
        target = campaign;
        updateZh = null;
        updateEn = null;
    }

    public void postUpdate() {
        boolean saved = false;
        if (target != null) {
            try {
                campaigns.postUpdate(target.id(), updateZh, updateEn);
                Texts.info("ngoCampaign.update.posted", target.titleZh());
                saved = true;
            } catch (SeedbedProblem problem) {
                FieldMessages.show(problem, UPDATE_FORM);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void openCover(CampaignView campaign) {
        target = campaign;
        cover = null;
    }

    /** Stores the picture sent with the cover form (a full postback, as files need). */
    public void uploadCover() {
        if (target == null) {
            return;
        }
        if (cover == null || cover.getSize() == 0) {
            Texts.error("ngoCampaign.cover.noFile");
            return;
        }
        try (InputStream content = cover.getInputStream()) {
            campaigns.setCover(target.id(), cover.getFileName(), content);
            Texts.info("ngoCampaign.cover.done", target.titleZh());
            mine = null;
        } catch (IOException e) {
            Texts.error("ngoCampaign.cover.unreadable");
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, COVER_FORM);
        } finally {
            cover = null;
        }
    }

    /** The city's currency, in which goals and budget lines are written. */
    public String getCurrency() {
        return calendar.currency();
    }

    public CampaignFormDraft getDraft() {
        return draft;
    }

    /** The officer's note on the sent-back campaign being edited, to answer it in the form. */
    public String getReviewNote() {
        return draft.isEditing() && target != null && target.status() == Campaign.Status.REJECTED
                ? target.reviewNote()
                : null;
    }

    public CampaignView getTarget() {
        return target;
    }

    public String getUpdateZh() {
        return updateZh;
    }

    public void setUpdateZh(String updateZh) {
        this.updateZh = updateZh;
    }

    public String getUpdateEn() {
        return updateEn;
    }

    public void setUpdateEn(String updateEn) {
        this.updateEn = updateEn;
    }

    public UploadedFile getCover() {
        return cover;
    }

    public void setCover(UploadedFile cover) {
        this.cover = cover;
    }
}

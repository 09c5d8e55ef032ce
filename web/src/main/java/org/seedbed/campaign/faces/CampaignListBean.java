package org.seedbed.campaign.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.Campaigns;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.control.TenantContext;

/** Public page campaigns.xhtml: the city's campaigns taking gifts now, ending soonest first. */
@Named
@RequestScoped
public class CampaignListBean {

    @Inject
    Campaigns campaigns;

    private List<CampaignView> active;

    public List<CampaignView> getCampaigns() {
        if (active == null) {
            active = List.of();
            if (TenantContext.currentCity().isPresent()) {
                try {
                    active = campaigns.active();
                } catch (SeedbedProblem problem) {
                    Texts.problem(problem);
                }
            }
        }
        return active;
    }
}

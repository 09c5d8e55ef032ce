package org.seedbed.campaign.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.Campaigns;
import org.seedbed.campaign.boundary.DonationForm;
import org.seedbed.campaign.boundary.DonationStart;
import org.seedbed.campaign.boundary.Donations;
import org.seedbed.campaign.boundary.GivingOptions;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Texts;
import org.seedbed.organization.faces.FieldMessages;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Public page campaign.xhtml?id=: a campaign's story, progress, sponsors, budget, gifts and
 * updates, and the donation form. The form shows live what the sponsors would add to the amount
 * chosen, and sends the donor on to the payment page (Stripe's, or the sandbox's). Campaigns not
 * yet approved are "not found" except for their organization and the city's officers, who see a
 * preview without the form.
 */
@Named
@ViewScoped
public class CampaignPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form whose inputs are named like the use case's fields: amount, name, email, message. */
    static final String FORM = "giveForm";

    @Inject
    Campaigns campaigns;

    @Inject
    Donations donations;

    private String id;
    private CampaignView campaign;
    private boolean notFound;
    private GivingOptions giving;

    private String amount;
    private String name;
    private String email;
    private String message;
    private boolean anonymous;
    private BigDecimal match;

    /** View action. */
    public void load() {
        Long campaignId = AddressIds.parse(id);
        if (campaignId == null) {
            notFound = true;
            return;
        }
        try {
            campaign = campaigns.get(campaignId);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Reads the campaign's totals again, for the page's poll. */
    public void refresh() {
        if (campaign != null) {
            try {
                campaign = campaigns.get(campaign.id());
            } catch (SeedbedProblem gone) {
                // The campaign closed meanwhile: the page keeps what it showed.
            }
        }
    }

    /** A preset amount tapped: it becomes the amount, and its match is shown. */
    public void choose(BigDecimal preset) {
        amount = preset == null ? null : preset.stripTrailingZeros().toPlainString();
        previewMatch();
    }

    public boolean isChosen(BigDecimal preset) {
        Optional<BigDecimal> chosen = AmountInput.parse(amount);
        return preset != null && chosen.isPresent() && chosen.get().compareTo(preset) == 0;
    }

    /**
     * What the sponsors would add to the amount typed or chosen; nothing while the amount is not
     * one the form would take, or when no pool matches it.
     */
    public void previewMatch() {
        match = null;
        Optional<BigDecimal> chosen = AmountInput.parse(amount);
        if (campaign == null || chosen.isEmpty() || chosen.get().signum() <= 0) {
            return;
        }
        try {
            match = donations.matchPreview(campaign.id(), chosen.get());
        } catch (SeedbedProblem outOfRange) {
            // An amount out of the limits or a campaign just closed: the donate button will say why.
            match = null;
        }
    }

    /** Records the donation and sends the browser to the payment page. */
    public void donate() throws IOException {
        if (campaign == null) {
            return;
        }
        Optional<BigDecimal> chosen = AmountInput.parse(amount);
        if (!AmountInput.isBlank(amount) && chosen.isEmpty()) {
            FieldMessages.show(InvalidInputException.of("amount", "donation.amount.format"), FORM);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String clientIp = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        DonationStart start;
        try {
            start = donations.start(
                    campaign.id(), new DonationForm(chosen.orElse(null), name, email, message, anonymous), clientIp);
        } catch (InvalidInputException problem) {
            FieldMessages.show(problem, FORM);
            return;
        } catch (ConflictException closedOrUnavailable) {
            Texts.problem(closedOrUnavailable);
            reload();
            return;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return;
        }
        external.redirect(CheckoutRedirect.target(start.checkoutUrl(), external.getRequestContextPath()));
        faces.responseComplete();
    }

    /** The campaign as it is now, e.g. closed meanwhile; as it was if it cannot be read. */
    private void reload() {
        try {
            campaign = campaigns.get(campaign.id());
        } catch (SeedbedProblem unreadable) {
            Texts.problem(unreadable);
        }
    }

    /** Taking gifts now: approved, started and not ended. */
    public boolean isOpen() {
        if (campaign == null || campaign.status() != Campaign.Status.ACTIVE) {
            return false;
        }
        Instant now = Instant.now();
        return !now.isBefore(campaign.startsAt()) && now.isBefore(campaign.endsAt());
    }

    /** Approved, but its first day has not come. */
    public boolean isUpcoming() {
        return campaign != null
                && campaign.status() == Campaign.Status.ACTIVE
                && Instant.now().isBefore(campaign.startsAt());
    }

    /** Not yet approved (or cancelled): only its organization and officers see it, as a preview. */
    public boolean isPreview() {
        return campaign != null
                && campaign.status() != Campaign.Status.ACTIVE
                && campaign.status() != Campaign.Status.ENDED;
    }

    public GivingOptions getGiving() {
        if (giving == null) {
            giving = donations.giving();
        }
        return giving;
    }

    /** The preset amounts; none unless the form is shown (the buttons are made when the page is built). */
    public List<BigDecimal> getPresets() {
        if (!isOpen() || getGiving().presets() == null) {
            return List.of();
        }
        return getGiving().presets();
    }

    /** Whether the line "This gift will be matched with ¥X" has something to say. */
    public boolean isMatchShown() {
        return match != null && match.signum() > 0;
    }

    public BigDecimal getMatch() {
        return match;
    }

    /** The gift and its match together: what the project receives. */
    public BigDecimal getMatchedTotal() {
        return AmountInput.parse(amount).orElse(BigDecimal.ZERO).add(match == null ? BigDecimal.ZERO : match);
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}

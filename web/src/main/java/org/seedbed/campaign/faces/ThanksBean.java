package org.seedbed.campaign.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.seedbed.campaign.boundary.DonationView;
import org.seedbed.campaign.boundary.Donations;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * The donor's page of one donation, thanks.xhtml?token=, where the payment page sends them back:
 * while the payment's confirmation has not arrived it looks again every two seconds; then it
 * thanks them with the match and the receipt, or explains what happened to the payment.
 */
@Named
@ViewScoped
public class ThanksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Three minutes of looking every two seconds; a confirmation later than that is worth a reload. */
    static final int MOST_LOOKS = 90;

    @Inject
    Donations donations;

    private String token;
    private DonationView donation;
    private boolean notFound;
    private int looks;

    /** View action. */
    public void load() {
        if (token == null || token.isBlank() || token.length() > 200) {
            notFound = true;
            return;
        }
        try {
            donation = donations.byToken(token);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** The poll's listener. */
    public void refresh() {
        looks++;
        if (donation != null) {
            load();
        }
    }

    public boolean isPending() {
        return donation != null && donation.status() == Donation.Status.PENDING;
    }

    /** Whether the page still looks for the confirmation by itself. */
    public boolean isWaiting() {
        return isPending() && looks < MOST_LOOKS;
    }

    /** Pending for longer than the page looks: the donor is asked to come back later. */
    public boolean isLate() {
        return isPending() && looks >= MOST_LOOKS;
    }

    public boolean isPaid() {
        return donation != null && donation.status() == Donation.Status.SUCCEEDED;
    }

    /** Not paid, or the session ran out: the donor may try again. */
    public boolean isUnpaid() {
        return donation != null
                && (donation.status() == Donation.Status.FAILED || donation.status() == Donation.Status.EXPIRED);
    }

    public boolean isMatched() {
        return donation != null
                && donation.matched() != null
                && donation.matched().signum() > 0;
    }

    public DonationView getDonation() {
        return donation;
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

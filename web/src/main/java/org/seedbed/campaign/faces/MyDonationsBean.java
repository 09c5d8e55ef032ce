package org.seedbed.campaign.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.campaign.boundary.DonationView;
import org.seedbed.campaign.boundary.Donations;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;

/** The signed-in donor's page account/donations.xhtml: their donations, newest first, with receipts. */
@Named
@RequestScoped
public class MyDonationsBean {

    @Inject
    Donations donations;

    private List<DonationView> mine;

    public List<DonationView> getDonations() {
        if (mine == null) {
            try {
                mine = donations.mine();
            } catch (SeedbedProblem problem) {
                mine = List.of();
                Texts.problem(problem);
            }
        }
        return mine;
    }
}

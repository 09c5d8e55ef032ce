package org.seedbed.campaign.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.MatchingPool;

/**
 * Chip colours and flag lists for the campaign pages of officers and organizations: green when
 * taking or holding money, amber when someone must act, red when something went wrong, grey when
 * over.
 */
@Named("staffCampaignChips")
@ApplicationScoped
public class StaffCampaignChips {

    private static final String OFF = "sb-chip-off";

    public String campaignStatus(Campaign.Status status) {
        if (status == null) {
            return OFF;
        }
        return switch (status) {
            case DRAFT, CANCELLED -> OFF;
            case PENDING -> "sb-chip-warn";
            case ACTIVE -> "sb-chip-ok";
            case REJECTED -> "sb-chip-danger";
            case ENDED -> "sb-chip-info";
        };
    }

    public String donationStatus(Donation.Status status) {
        if (status == null) {
            return OFF;
        }
        return switch (status) {
            case PENDING -> "sb-chip-info";
            case SUCCEEDED -> "sb-chip-ok";
            case REFUNDED, DISPUTED -> "sb-chip-warn";
            case FAILED, DISPUTE_LOST -> "sb-chip-danger";
            case EXPIRED -> OFF;
        };
    }

    public String poolStatus(MatchingPool.Status status) {
        return status == MatchingPool.Status.ACTIVE ? "sb-chip-ok" : OFF;
    }

    /** A donation's fraud flags, each once, in the order they were raised. */
    public List<String> flags(String flags) {
        return StaffDonationFlags.of(flags);
    }

    public String flag(String flag) {
        return StaffDonationFlags.serious(flag) ? "sb-chip-danger" : "sb-chip-warn";
    }

    /** Whether the pages have a name and an explanation for the flag. */
    public boolean knownFlag(String flag) {
        return StaffDonationFlags.known(flag);
    }
}

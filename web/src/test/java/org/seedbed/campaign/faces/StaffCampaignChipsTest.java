package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.MatchingPool;

class StaffCampaignChipsTest {

    private final StaffCampaignChips chips = new StaffCampaignChips();

    @Test
    void giveEveryStateAColour() {
        for (Campaign.Status status : Campaign.Status.values()) {
            assertThat(chips.campaignStatus(status)).startsWith("sb-chip-");
        }
        for (Donation.Status status : Donation.Status.values()) {
            assertThat(chips.donationStatus(status)).startsWith("sb-chip-");
        }
        for (MatchingPool.Status status : MatchingPool.Status.values()) {
            assertThat(chips.poolStatus(status)).startsWith("sb-chip-");
        }
    }

    @Test
    void showWhatWaitsForAnOfficerInAmberAndWhatWentWrongInRed() {
        assertThat(chips.campaignStatus(Campaign.Status.PENDING)).isEqualTo("sb-chip-warn");
        assertThat(chips.campaignStatus(Campaign.Status.REJECTED)).isEqualTo("sb-chip-danger");
        assertThat(chips.donationStatus(Donation.Status.DISPUTE_LOST)).isEqualTo("sb-chip-danger");
        assertThat(chips.donationStatus(Donation.Status.SUCCEEDED)).isEqualTo("sb-chip-ok");
        assertThat(chips.flag("AMOUNT_MISMATCH")).isEqualTo("sb-chip-danger");
        assertThat(chips.flag("SMALL_REPEAT")).isEqualTo("sb-chip-warn");
    }

    @Test
    void showNothingKnownInGrey() {
        assertThat(chips.campaignStatus(null)).isEqualTo("sb-chip-off");
        assertThat(chips.donationStatus(null)).isEqualTo("sb-chip-off");
        assertThat(chips.poolStatus(null)).isEqualTo("sb-chip-off");
    }
}

package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffDonationFlagsTest {

    @Test
    void readsTheFlagsInTheOrderTheyWereRaised() {
        assertThat(StaffDonationFlags.of("VELOCITY SMALL_REPEAT CARD_VELOCITY"))
                .containsExactly("VELOCITY", "SMALL_REPEAT", "CARD_VELOCITY");
    }

    @Test
    void givesNoFlagsForNothingOrBlanks() {
        assertThat(StaffDonationFlags.of(null)).isEmpty();
        assertThat(StaffDonationFlags.of("   ")).isEmpty();
    }

    @Test
    void toleratesExtraSpacesCommasAndRepeats() {
        assertThat(StaffDonationFlags.of("  BLOCKED,  BLOCKED   PARTIAL_REFUND "))
                .containsExactly("BLOCKED", "PARTIAL_REFUND");
    }

    @Test
    void showsFlagsAboutMoneyOrADisputeAsSerious() {
        assertThat(StaffDonationFlags.serious("AMOUNT_MISMATCH")).isTrue();
        assertThat(StaffDonationFlags.serious("BLOCKED")).isTrue();
        assertThat(StaffDonationFlags.serious("VELOCITY")).isFalse();
        assertThat(StaffDonationFlags.serious("PARTIAL_REFUND")).isFalse();
    }

    @Test
    void knowsEveryFlagTheSettlementRaises() {
        assertThat(StaffDonationFlags.KNOWN)
                .containsExactlyInAnyOrder(
                        "VELOCITY", "SMALL_REPEAT", "BLOCKED", "CARD_VELOCITY", "AMOUNT_MISMATCH", "PARTIAL_REFUND");
        assertThat(StaffDonationFlags.known("SOMETHING_NEW")).isFalse();
    }
}

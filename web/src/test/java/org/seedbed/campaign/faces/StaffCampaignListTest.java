package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.entity.Campaign;

class StaffCampaignListTest {

    private final List<CampaignView> newestFirst = List.of(
            campaign(6, Campaign.Status.ACTIVE),
            campaign(5, Campaign.Status.PENDING),
            campaign(4, Campaign.Status.DRAFT),
            campaign(3, Campaign.Status.PENDING),
            campaign(2, Campaign.Status.ACTIVE),
            campaign(1, Campaign.Status.ENDED));

    @Test
    void putsCampaignsWaitingForAnOfficerFirstAndKeepsTheOrderOtherwise() {
        assertThat(StaffCampaignList.shown(newestFirst, null))
                .extracting(CampaignView::id)
                .containsExactly(5L, 3L, 6L, 4L, 2L, 1L);
    }

    @Test
    void showsOnlyTheChosenStatus() {
        assertThat(StaffCampaignList.shown(newestFirst, Campaign.Status.ACTIVE))
                .extracting(CampaignView::id)
                .containsExactly(6L, 2L);
        assertThat(StaffCampaignList.shown(newestFirst, Campaign.Status.CANCELLED))
                .isEmpty();
    }

    @Test
    void countsEveryStatusIncludingThoseWithoutCampaigns() {
        assertThat(StaffCampaignList.counts(newestFirst))
                .containsExactly(
                        new StaffCampaignList.StatusCount(Campaign.Status.DRAFT, 1),
                        new StaffCampaignList.StatusCount(Campaign.Status.PENDING, 2),
                        new StaffCampaignList.StatusCount(Campaign.Status.ACTIVE, 2),
                        new StaffCampaignList.StatusCount(Campaign.Status.REJECTED, 0),
                        new StaffCampaignList.StatusCount(Campaign.Status.ENDED, 1),
                        new StaffCampaignList.StatusCount(Campaign.Status.CANCELLED, 0));
    }

    private static CampaignView campaign(long id, Campaign.Status status) {
        return new CampaignView(
                id,
                1,
                "Org",
                null,
                "项目 " + id,
                null,
                "故事",
                null,
                new BigDecimal("1000"),
                "CNY",
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-02-01T00:00:00Z"),
                status,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                0,
                false,
                null,
                "officer",
                Instant.parse("2024-12-01T00:00:00Z"),
                0,
                List.of(),
                List.of(),
                List.of());
    }
}

package org.seedbed.campaign.boundary;

import jakarta.json.JsonArray;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.seedbed.campaign.entity.Campaign;

/**
 * A campaign with its progress: raised and matched so far (major units of {@code currency}), the
 * number of gifts, recent gifts and updates, and the sponsors matching it. Lists leave the recent
 * gifts, updates and sponsors empty.
 */
public record CampaignView(
        long id,
        long organizationId,
        String organizationName,
        Long grantId,
        String titleZh,
        String titleEn,
        String storyZh,
        String storyEn,
        BigDecimal goal,
        String currency,
        Instant startsAt,
        Instant endsAt,
        Campaign.Status status,
        String reviewNote,
        BigDecimal raised,
        BigDecimal matched,
        int donors,
        int percent,
        boolean cover,
        JsonArray budgetLines,
        String createdBy,
        Instant createdAt,
        long version,
        List<UpdateView> updates,
        List<PublicDonation> recentDonations,
        List<SponsorView> sponsors) {

    public record UpdateView(long id, String bodyZh, String bodyEn, String postedBy, Instant postedAt) {}

    /** A pool matching the campaign as donors see it: who, at what ratio, and how much is left. */
    public record SponsorView(String name, BigDecimal ratio, BigDecimal left, BigDecimal budget) {}
}

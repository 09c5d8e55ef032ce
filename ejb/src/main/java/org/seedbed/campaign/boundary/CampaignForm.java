package org.seedbed.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A campaign as its author writes it: the organization (and optionally its grant) it raises money
 * for, titles and story in both languages, the goal in yuan, dates, and the project's budget lines
 * the money pays for; {@code version} is the one edited.
 */
public record CampaignForm(
        Long organizationId,
        Long grantId,
        String titleZh,
        String titleEn,
        String storyZh,
        String storyEn,
        BigDecimal goal,
        Instant startsAt,
        Instant endsAt,
        List<BudgetLine> budgetLines,
        Long version) {

    public record BudgetLine(String category, String item, BigDecimal amount) {}
}

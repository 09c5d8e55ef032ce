package org.seedbed.campaign.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.PublicDonation;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.faces.CityBrand;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;

/**
 * Texts and figures of the donors' pages (campaigns, campaign, thanks, my donations, sponsor):
 * a campaign's title and story in the page's language, its progress and time left, ratios, gifts'
 * times and donors, and donation statuses. Amounts are formatted by {@code callFormat.money}.
 */
@Named("campaignFormat")
@RequestScoped
public class CampaignFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Language language;

    @Inject
    CityBrand brand;

    /** The English title where there is one and the page is in English; the Chinese one otherwise. */
    public String title(CampaignView campaign) {
        return inLanguage(campaign.titleZh(), campaign.titleEn());
    }

    public String story(CampaignView campaign) {
        return inLanguage(campaign.storyZh(), campaign.storyEn());
    }

    public String update(CampaignView.UpdateView update) {
        return inLanguage(update.bodyZh(), update.bodyEn());
    }

    /** Percent of the goal reached by gifts and matches; above 100 once the goal is passed. */
    public int percent(CampaignView campaign) {
        return CampaignProgress.percent(campaign.raised(), campaign.matched(), campaign.goal());
    }

    /** The progress bar's text for screen readers: "24% of the goal reached". */
    public String progressLabel(CampaignView campaign) {
        return Texts.text("give.progressLabel", percent(campaign));
    }

    /** Width of the donors' part of the progress bar, for {@code style="width: …%"}. */
    public String raisedWidth(CampaignView campaign) {
        return CampaignProgress.bar(campaign.raised(), campaign.matched(), campaign.goal())
                .raised()
                .toPlainString();
    }

    /** Width of the sponsors' part of the progress bar, after the donors' part. */
    public String matchedWidth(CampaignView campaign) {
        return CampaignProgress.bar(campaign.raised(), campaign.matched(), campaign.goal())
                .matched()
                .toPlainString();
    }

    /** A part of a whole as a bar width in percent, e.g. what is left of a sponsor's budget. */
    public String share(BigDecimal part, BigDecimal whole) {
        return CampaignProgress.share(part, whole).toPlainString();
    }

    /** "12 days left", "5 hours left", "Ended", "Starts on 2025-04-01". */
    public String timeLeft(CampaignView campaign) {
        TimeLeft left = left(campaign);
        return switch (left.unit()) {
            case NOT_STARTED -> Texts.text("give.timeLeft.notStarted", date(campaign.startsAt()));
            case DAYS -> Texts.text("give.timeLeft.days", left.count());
            case HOURS -> Texts.text("give.timeLeft.hours", left.count());
            case MINUTES -> Texts.text("give.timeLeft.minutes", left.count());
            case ENDED -> Texts.text("give.timeLeft.ended");
        };
    }

    /** The days left as a bare figure for the stat tiles: days, or 0 in the last day and after. */
    public long daysLeft(CampaignView campaign) {
        TimeLeft left = left(campaign);
        return left.unit() == TimeLeft.Unit.DAYS ? left.count() : 0;
    }

    public boolean endingSoon(CampaignView campaign) {
        return left(campaign).soon();
    }

    /** "1:1", "0.5:1". */
    public String ratio(BigDecimal ratio) {
        return MatchRatio.text(ratio);
    }

    public List<BudgetLine> budgetLines(CampaignView campaign) {
        return BudgetLine.of(campaign.budgetLines());
    }

    public BigDecimal budgetTotal(CampaignView campaign) {
        return BudgetLine.total(budgetLines(campaign));
    }

    /** The donor's name, or "Anonymous" for those who gave without one. */
    public String donor(PublicDonation gift) {
        return gift.name() == null || gift.name().isBlank() ? Texts.text("give.anonymous") : gift.name();
    }

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago", else the date. */
    public String ago(Instant at) {
        TimeAgo ago = TimeAgo.since(at, Instant.now());
        return switch (ago.unit()) {
            case JUST_NOW -> Texts.text("give.ago.justNow");
            case MINUTES -> Texts.text("give.ago.minutes", ago.count());
            case HOURS -> Texts.text("give.ago.hours", ago.count());
            case DAYS -> Texts.text("give.ago.days", ago.count());
            case DATE -> date(at);
        };
    }

    public String date(Instant at) {
        return at == null ? Texts.text("common.none") : DATE.format(at.atZone(zone()));
    }

    public String dateTime(Instant at) {
        return at == null ? Texts.text("common.none") : DATE_TIME.format(at.atZone(zone()));
    }

    public String status(Donation.Status status) {
        return status == null ? Texts.text("common.none") : Texts.text("donation.status." + status.name());
    }

    /** An officer may end or cancel a campaign before its last day: then it is over all the same. */
    private static TimeLeft left(CampaignView campaign) {
        if (campaign.status() == Campaign.Status.ENDED || campaign.status() == Campaign.Status.CANCELLED) {
            return new TimeLeft(TimeLeft.Unit.ENDED, 0);
        }
        return TimeLeft.of(campaign.startsAt(), campaign.endsAt(), Instant.now());
    }

    private String inLanguage(String chinese, String english) {
        return language.isChinese() || english == null || english.isBlank() ? chinese : english;
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(brand.getTimeZone());
        } catch (DateTimeException unknown) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}

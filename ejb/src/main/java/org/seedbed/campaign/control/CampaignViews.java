package org.seedbed.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.boundary.DonationView;
import org.seedbed.campaign.boundary.PublicDonation;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.CampaignUpdate;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.MatchingPool;
import org.seedbed.money.Money;

/** Reads campaigns and donations into the views pages and the API show. */
@ApplicationScoped
public class CampaignViews {

    /** Gifts shown on a campaign's page. */
    static final int RECENT = 20;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    MatchReservations matches;

    @Inject
    PoolCounters counters;

    /** The campaign alone, for lists. */
    public CampaignView summary(Campaign c) {
        return view(c, List.of(), List.of(), List.of());
    }

    /** The campaign with its updates, recent gifts and sponsors, for its page. */
    public CampaignView full(Campaign c, Instant now, java.time.LocalDate today) {
        List<CampaignView.UpdateView> updates = em
                .createQuery(
                        "select u from CampaignUpdate u where u.campaign = :c order by u.postedAt desc",
                        CampaignUpdate.class)
                .setParameter("c", c)
                .getResultList()
                .stream()
                .map(u -> new CampaignView.UpdateView(u.id(), u.bodyZh(), u.bodyEn(), u.postedBy(), u.postedAt()))
                .toList();
        List<PublicDonation> recent = em
                .createQuery(
                        "select d from Donation d where d.campaign = :c and d.status in :counting order by d.paidAt desc",
                        Donation.class)
                .setParameter("c", c)
                .setParameter("counting", List.of(Donation.Status.SUCCEEDED, Donation.Status.DISPUTED))
                .setMaxResults(RECENT)
                .getResultList()
                .stream()
                .map(d -> new PublicDonation(
                        d.anonymous() ? null : d.donorName(),
                        major(d.amountMinor(), d.currency()),
                        major(d.matchedMinor(), d.currency()),
                        d.message(),
                        d.paidAt()))
                .toList();
        List<CampaignView.SponsorView> sponsors = matches.poolsFor(c, today).stream()
                .filter(p -> !now.isBefore(p.startsAt()) && now.isBefore(p.endsAt()))
                .map(p -> sponsor(p))
                .toList();
        return view(c, updates, recent, sponsors);
    }

    CampaignView.SponsorView sponsor(MatchingPool p) {
        return new CampaignView.SponsorView(
                p.sponsorName(),
                p.ratio().stripTrailingZeros(),
                major(counters.available(p.id()), p.currency()),
                major(p.budgetMinor(), p.currency()));
    }

    private CampaignView view(
            Campaign c,
            List<CampaignView.UpdateView> updates,
            List<PublicDonation> recent,
            List<CampaignView.SponsorView> sponsors) {
        long total = c.raisedMinor() + c.matchedMinor();
        int percent = (int) Math.min(100, total * 100 / Math.max(1, c.goalMinor()));
        return new CampaignView(
                c.id(),
                c.organization().id(),
                c.organization().nameZh(),
                c.grant() == null ? null : c.grant().id(),
                c.titleZh(),
                c.titleEn(),
                c.storyZh(),
                c.storyEn(),
                major(c.goalMinor(), c.currency()),
                c.currency(),
                c.startsAt(),
                c.endsAt(),
                c.status(),
                c.reviewNote(),
                major(c.raisedMinor(), c.currency()),
                major(c.matchedMinor(), c.currency()),
                c.donors(),
                percent,
                c.coverKey() != null,
                budgetLines(c.budgetLines()),
                c.createdBy(),
                c.createdAt(),
                c.version(),
                updates,
                recent,
                sponsors);
    }

    public DonationView donation(Donation d, boolean forStaff) {
        return new DonationView(
                d.id(),
                d.campaign().id(),
                d.campaign().titleZh(),
                major(d.amountMinor(), d.currency()),
                d.currency(),
                d.donorName(),
                d.donorEmail(),
                d.anonymous(),
                d.message(),
                d.status(),
                d.provider(),
                major(d.matchedMinor(), d.currency()),
                major(d.refundedMinor(), d.currency()),
                major(d.feeMinor(), d.currency()),
                d.receiptNo(),
                d.receiptToken(),
                forStaff ? d.fraudFlags() : null,
                d.createdAt(),
                d.paidAt());
    }

    static BigDecimal major(long minor, String currency) {
        return Money.ofMinor(minor, currency).major();
    }

    private static JsonArray budgetLines(String json) {
        return Json.createReader(new StringReader(json == null ? "[]" : json)).readArray();
    }
}

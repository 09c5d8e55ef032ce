package org.seedbed.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.campaign.control.Gateways;
import org.seedbed.campaign.control.PoolCounters;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.CampaignUpdate;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.MatchingPool;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.platform.SecretBox;

/** The demo's campaigns and pools, each written in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoCampaignSetup {

    private static final Duration DAY = Duration.ofDays(1);

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    PoolCounters counters;

    @Inject
    Gateways gateways;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    /** The city's verified organizations, the demo NGO's first. */
    public List<Long> verifiedOrganizations() {
        return em.createQuery("select o.id from Organization o where o.status = :verified order by o.id", Long.class)
                .setParameter("verified", OrganizationStatus.VERIFIED)
                .setMaxResults(3)
                .getResultList();
    }

    public long campaign(
            long organizationId,
            String titleZh,
            String titleEn,
            String storyZh,
            String storyEn,
            long goalYuan,
            int startedDaysAgo,
            int endsInDays,
            String budgetLines,
            Campaign.Status status,
            String update) {
        Instant now = Instant.now(clock);
        Campaign campaign = new Campaign(
                em.find(Organization.class, organizationId),
                null,
                calendar.currency(),
                "officer",
                now.minus(DAY.multipliedBy(startedDaysAgo + 2L)));
        campaign.describe(new Campaign.Terms(
                titleZh,
                titleEn,
                storyZh,
                storyEn,
                goalYuan * 100,
                now.minus(DAY.multipliedBy(startedDaysAgo)),
                now.plus(DAY.multipliedBy(endsInDays)),
                budgetLines));
        if (status == Campaign.Status.PENDING) {
            campaign.submitForApproval();
        } else {
            campaign.approve("officer", now.minus(DAY.multipliedBy(startedDaysAgo + 1L)));
        }
        em.persist(campaign);
        if (update != null) {
            em.persist(new CampaignUpdate(campaign, update, null, "ngo", now.minus(DAY)));
        }
        em.flush();
        return campaign.id();
    }

    public long pool(
            String sponsor,
            MatchingPool.SponsorKind kind,
            MatchingPool.Scope scope,
            Long campaignId,
            String ratio,
            long budgetYuan,
            Long perDonationYuan,
            Long dailyReleaseYuan,
            int priority) {
        Instant now = Instant.now(clock);
        MatchingPool pool = new MatchingPool(
                sponsor,
                kind,
                null,
                SecretBox.randomSecret("sp_"),
                scope,
                campaignId,
                null,
                scope == MatchingPool.Scope.CITY ? LocalDate.now(clock.withZone(calendar.zone())) : null,
                calendar.currency(),
                8,
                "officer",
                now);
        pool.terms(new MatchingPool.Terms(
                budgetYuan * 100,
                new BigDecimal(ratio),
                perDonationYuan == null ? null : perDonationYuan * 100,
                null,
                null,
                100,
                dailyReleaseYuan == null ? null : dailyReleaseYuan * 100,
                null,
                now.minus(DAY.multipliedBy(10)),
                now.plus(DAY.multipliedBy(30)),
                priority));
        em.persist(pool);
        em.flush();
        counters.fill(pool.id(), pool.budgetMinor(), 8);
        return pool.id();
    }

    /** Refunds a paid demo gift through its provider; the provider's event settles it. */
    public void refund(long donationId) {
        Donation donation = em.find(Donation.class, donationId);
        gateways.of(donation.provider()).refund(donation, donation.amountMinor(), "demo-refund-" + donationId);
    }
}

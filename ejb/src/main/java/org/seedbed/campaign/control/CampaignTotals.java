package org.seedbed.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Moves a campaign's running totals by atomic increments, never by reading and writing them. */
@ApplicationScoped
public class CampaignTotals {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    public void add(long campaignId, long raisedMinor, long matchedMinor, int donors) {
        em.createNativeQuery("update campaign set raised_minor = raised_minor + :raised,"
                        + " matched_minor = matched_minor + :matched, donors = donors + :donors where id = :id")
                .setParameter("raised", raisedMinor)
                .setParameter("matched", matchedMinor)
                .setParameter("donors", donors)
                .setParameter("id", campaignId)
                .executeUpdate();
    }
}

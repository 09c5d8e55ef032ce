package org.seedbed.orgunit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.seedbed.organization.search.OrganizationSearch;
import org.seedbed.orgunit.search.OrgUnitSearch;

/**
 * Keeps a city's org unit documents in step with its rows when the index starts empty (a new index
 * folder, a restored database). Changes made through the application are indexed as they commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrgUnitIndex {

    private static final Logger LOG = Logger.getLogger(OrgUnitIndex.class);

    @PersistenceUnit(unitName = "seedbed")
    EntityManagerFactory emf;

    /** Removes the city's documents (after its retirement). */
    public void purge(String city) {
        OrgUnitSearch.purgeCity(emf, city);
        OrganizationSearch.purgeCity(emf, city);
    }

    private static boolean hasOrganizations(Session session) {
        return session.createQuery("select count(o) from Organization o", Long.class)
                        .getSingleResult()
                > 0;
    }

    /** Reindexes the city's org units and organizations if its index has none; answers whether it did. */
    public boolean reindexIfEmpty(String city) throws InterruptedException {
        try (Session session = emf.unwrap(SessionFactory.class)
                .withOptions()
                .tenantIdentifier(city)
                .openSession()) {
            boolean reindexed = false;
            if (OrgUnitSearch.isEmpty(session)) {
                OrgUnitSearch.reindex(session);
                LOG.infof("org units of %s reindexed", city);
                reindexed = true;
            }
            // A city upgraded from before organizations were indexed has rows but no documents.
            if (OrganizationSearch.isEmpty(session) && hasOrganizations(session)) {
                OrganizationSearch.reindex(session);
                LOG.infof("organizations of %s reindexed", city);
                reindexed = true;
            }
            return reindexed;
        }
    }
}

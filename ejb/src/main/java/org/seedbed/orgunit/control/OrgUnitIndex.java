package org.seedbed.orgunit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
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
    }

    /** Reindexes the city's org units if its index has none; answers whether it did. */
    public boolean reindexIfEmpty(String city) throws InterruptedException {
        try (Session session = emf.unwrap(SessionFactory.class)
                .withOptions()
                .tenantIdentifier(city)
                .openSession()) {
            if (!OrgUnitSearch.isEmpty(session)) {
                return false;
            }
            OrgUnitSearch.reindex(session);
            LOG.infof("org units of %s reindexed", city);
            return true;
        }
    }
}

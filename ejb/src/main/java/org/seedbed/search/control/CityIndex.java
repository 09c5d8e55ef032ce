package org.seedbed.search.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.seedbed.search.indexing.CityReindexer;
import org.seedbed.search.indexing.IndexProgress;

/**
 * Keeps a city's documents in step with its rows when the index lacks a kind of document it should
 * have (a new index folder or cluster, a restored database, a kind indexed for the first time).
 * Changes made through the application are indexed as they commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CityIndex {

    private static final Logger LOG = Logger.getLogger(CityIndex.class);

    @PersistenceUnit(unitName = "seedbed")
    EntityManagerFactory emf;

    /** Removes every document of the city (after its retirement). */
    public void purge(String city) {
        try (Session session = emf.unwrap(SessionFactory.class)
                .withOptions()
                .tenantIdentifier(city)
                .openSession()) {
            LOG.infof("%d search documents of %s removed", CityReindexer.purgeCity(session), city);
        }
    }

    /** Reindexes the kinds of documents the city's index lacks while it has rows; answers whether it did. */
    public boolean reindexIfEmpty(String city) throws InterruptedException {
        try (Session session = emf.unwrap(SessionFactory.class)
                .withOptions()
                .tenantIdentifier(city)
                .openSession()) {
            List<Class<?>> missing = new ArrayList<>();
            for (Class<?> type : CityReindexer.indexedTypes()) {
                if (!CityReindexer.hasDocuments(session, type) && hasRows(session, type)) {
                    missing.add(type);
                }
            }
            if (missing.isEmpty()) {
                return false;
            }
            CityReindexer.reindex(session, missing, 1, IGNORED);
            LOG.infof(
                    "%s of %s reindexed",
                    missing.stream().map(Class::getSimpleName).toList(), city);
            return true;
        }
    }

    private static boolean hasRows(Session session, Class<?> type) {
        String entity = session.getMetamodel().entity(type).getName();
        return !session.createQuery("select e.id from " + entity + " e", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static final IndexProgress IGNORED = new IndexProgress() {
        @Override
        public void toIndex(long documents) {}

        @Override
        public void indexed(long documents) {}

        @Override
        public void removed(long documents) {}
    };
}

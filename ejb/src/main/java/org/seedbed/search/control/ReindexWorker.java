package org.seedbed.search.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.seedbed.platform.Settings;
import org.seedbed.search.indexing.CityReindexer;
import org.seedbed.search.indexing.IndexProgress;

/**
 * Does a reindex job's work, city after city, outside any transaction: the mass indexer loads rows
 * in its own short transactions, and searches keep being answered meanwhile.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReindexWorker {

    private static final Logger LOG = Logger.getLogger(ReindexWorker.class);

    @PersistenceUnit(unitName = "seedbed")
    EntityManagerFactory emf;

    public void run(ReindexJobs.Job job) {
        try {
            for (String city : job.cities()) {
                job.cityStarted(city);
                reindexCity(city, job);
            }
            job.finished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.failed("interrupted");
        } catch (RuntimeException e) {
            LOG.errorf(e, "reindex job %s failed", job.id());
            job.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void reindexCity(String city, ReindexJobs.Job job) throws InterruptedException {
        long started = System.nanoTime();
        CityDocuments counted = new CityDocuments(job);
        try (Session session = emf.unwrap(SessionFactory.class)
                .withOptions()
                .tenantIdentifier(city)
                .openSession()) {
            CityReindexer.reindex(session, CityReindexer.indexedTypes(), loadingThreads(), counted);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        job.cityDone(city, counted.indexed, counted.removed, millis);
        LOG.infof(
                "%s reindexed: %d documents, %d leftovers removed, %d ms",
                city, counted.indexed, counted.removed, millis);
    }

    /** Counts one city's share while passing everything on to the job. */
    /** SEEDBED_SEARCH_INDEX_THREADS: threads loading rows while reindexing, each with a connection. */
    static int loadingThreads() {
        return Settings.value("SEEDBED_SEARCH_INDEX_THREADS")
                .map(Integer::parseInt)
                .orElse(CityReindexer.LOADING_THREADS);
    }

    private static final class CityDocuments implements IndexProgress {
        private final IndexProgress job;
        private volatile long indexed;
        private volatile long removed;

        CityDocuments(IndexProgress job) {
            this.job = job;
        }

        @Override
        public void toIndex(long documents) {
            job.toIndex(documents);
        }

        @Override
        public synchronized void indexed(long documents) {
            indexed += documents;
            job.indexed(documents);
        }

        @Override
        public synchronized void removed(long documents) {
            removed += documents;
            job.removed(documents);
        }
    }
}

package org.seedbed.search.indexing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.search.document.DocumentType;

/**
 * Rebuilds every document of one city (the session's tenant) from the database. Documents are
 * overwritten in place, never purged first, so searches keep answering from the old documents
 * while the new ones are written; documents of rows that are gone are removed at the end. Running
 * it again, or after an interruption, simply does the whole work again.
 */
public final class CityReindexer {

    private static final int ID_BATCH = 1000;

    /** Loading threads by default: the machines this runs on have two cores. */
    public static final int LOADING_THREADS = 2;

    private CityReindexer() {}

    public static List<Class<?>> indexedTypes() {
        List<Class<?>> types = new ArrayList<>();
        types.add(OrgUnit.class);
        for (DocumentType type : DocumentType.values()) {
            types.add(type.entity());
        }
        return types;
    }

    /**
     * Reindexes the types with this many threads loading rows; each holds a database connection,
     * plus one for reading ids, so a small connection pool wants few.
     */
    public static void reindex(Session session, List<Class<?>> types, int loadingThreads, IndexProgress progress)
            throws InterruptedException {
        MassIndexer indexer = Search.session(session)
                .massIndexer(types)
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(false)
                .mergeSegmentsOnFinish(false)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(Math.max(1, loadingThreads))
                .batchSizeToLoadObjects(250)
                .idFetchSize(2000)
                .monitor(new ProgressMonitor(progress));
        // Counted up front: the mass indexer counts each type only when it reaches it, which would
        // move a progress bar backwards each time the next type starts.
        progress.toIndex(rows(session, types));
        indexer.startAndWait();
        for (Class<?> type : types) {
            progress.removed(removeLeftovers(session, type));
        }
    }

    /** The rows of the types in the session's city, each to become one document. */
    static long rows(Session session, List<Class<?>> types) {
        long rows = 0;
        for (Class<?> type : types) {
            String entity = session.getMetamodel().entity(type).getName();
            rows += session.createQuery("select count(e) from " + entity + " e", Long.class)
                    .getSingleResult();
        }
        return rows;
    }

    /**
     * Removes every document of the session's city, e.g. when the city was retired. Done by id
     * rather than with a delete-by-query, which a minimal Elasticsearch lacks (no reindex module).
     */
    public static long purgeCity(Session session) {
        long removed = 0;
        for (Class<?> type : indexedTypes()) {
            removed += removeDocuments(session, type, ids -> Set.of());
        }
        return removed;
    }

    /** Whether the session's city has any document of the type. */
    public static boolean hasDocuments(Session session, Class<?> type) {
        return Search.session(session).search(type).where(f -> f.matchAll()).fetchTotalHitCount() > 0;
    }

    /** Removes documents whose rows were deleted behind the application's back; answers how many. */
    static long removeLeftovers(Session session, Class<?> type) {
        String entity = session.getMetamodel().entity(type).getName();
        return removeDocuments(
                session,
                type,
                ids -> new HashSet<>(
                        session.createQuery("select e.id from " + entity + " e where e.id in :ids", Long.class)
                                .setParameter("ids", ids)
                                .getResultList()));
    }

    /** Removes the type's documents whose ids the function does not keep, a chunk at a time. */
    private static long removeDocuments(Session session, Class<?> type, Function<List<Long>, Set<Long>> kept) {
        SearchSession search = Search.session(session);
        long removed = 0;
        try (SearchScroll<Long> scroll = search.search(type)
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .scroll(ID_BATCH)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                Set<Long> stay = kept.apply(chunk.hits());
                for (Long id : chunk.hits()) {
                    if (!stay.contains(id)) {
                        search.indexingPlan().purge(type, id, null);
                        removed++;
                    }
                }
            }
        }
        if (removed > 0) {
            search.indexingPlan().execute();
        }
        return removed;
    }

    /** Passes the mass indexer's counts on. */
    private record ProgressMonitor(IndexProgress progress) implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            progress.indexed(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // Counted when written, which is what a person waits for.
        }

        @Override
        public void entitiesLoaded(long increment) {
            // Idem.
        }

        @Override
        public void addToTotalCount(long increment) {
            // Already counted before the indexer started.
        }

        @Override
        public void indexingCompleted() {
            // The caller knows: startAndWait returns.
        }
    }
}

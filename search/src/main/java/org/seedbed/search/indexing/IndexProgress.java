package org.seedbed.search.indexing;

/** Receives a reindex's progress; called from indexing threads. */
public interface IndexProgress {

    /** More documents are known to need indexing. */
    void toIndex(long documents);

    /** Documents were written to the index. */
    void indexed(long documents);

    /** Leftover documents (of rows no longer in the database) were removed. */
    void removed(long documents);
}

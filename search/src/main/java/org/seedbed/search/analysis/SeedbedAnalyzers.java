package org.seedbed.search.analysis;

/** Names of the analyzers, the same on the Lucene and the Elasticsearch backend. */
public final class SeedbedAnalyzers {

    /** Chinese: overlapping character bigrams plus single characters, so any typed word matches. */
    public static final String CHINESE = "seedbed_chinese";

    /** English: lower case, accents folded, Porter stemming ("districts" finds "district"). */
    public static final String ENGLISH = "seedbed_english";

    private SeedbedAnalyzers() {}
}

package org.seedbed.search.analysis;

/** Names of the analyzers, the same on the Lucene and the Elasticsearch backend. */
public final class SeedbedAnalyzers {

    /** Chinese: overlapping character bigrams plus single characters, so any typed word matches. */
    public static final String CHINESE = "seedbed_chinese";

    /**
     * Chinese as typed in the search box: the bigrams alone, so 养老 must appear as a word rather
     * than as 养 and 老 anywhere; a lone character is still kept, so a one-character query works.
     */
    public static final String CHINESE_QUERY = "seedbed_chinese_query";

    /** English: lower case, accents folded, Porter stemming ("districts" finds "district"). */
    public static final String ENGLISH = "seedbed_english";

    private SeedbedAnalyzers() {}
}

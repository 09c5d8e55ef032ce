package org.seedbed.search.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers of the Lucene backend, built only from lucene-analysis-common (which the server's
 * Hibernate Search module already has), so no extra jar is needed inside the server.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SeedbedAnalyzers.CHINESE)
                .custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram")
                .param("outputUnigrams", "true");
        context.analyzer(SeedbedAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
    }
}

package org.seedbed.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of both backends, under the same names and built from the same Lucene classes in
 * the same order, so a text gives the same tokens whichever backend indexes it. Lucene uses the
 * filters of lucene-analysis-common, which the server's Hibernate Search module already has;
 * Elasticsearch uses the same filters through Seedbed's analysis plugin.
 */
public class SeedbedAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        chinese(context, SeedbedAnalyzers.CHINESE, true);
        chinese(context, SeedbedAnalyzers.CHINESE_QUERY, false);
        context.analyzer(SeedbedAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
    }

    /** Chinese: bigrams, with or without the single characters. */
    private static void chinese(LuceneAnalysisConfigurationContext context, String name, boolean singleCharacters) {
        context.analyzer(name)
                .custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram")
                .param("outputUnigrams", String.valueOf(singleCharacters));
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(SeedbedAnalyzers.CHINESE)
                .custom()
                .tokenizer("standard")
                .tokenFilters("seedbed_cjk_width", "seedbed_lowercase", "seedbed_cjk_bigram");
        context.analyzer(SeedbedAnalyzers.CHINESE_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("seedbed_cjk_width", "seedbed_lowercase", "seedbed_cjk_bigram_only");
        context.analyzer(SeedbedAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("seedbed_lowercase", "seedbed_ascii_folding", "seedbed_porter_stem");
    }
}

package org.seedbed.search.elasticsearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Overlapping bigrams alone, as Lucene's {@code cjkBigram} with {@code outputUnigrams=false}: the
 * query side of Seedbed's Chinese analysis. A character with no neighbour stays a single token.
 */
@NamedComponent(CjkBigramOnlyFilterFactory.NAME)
public class CjkBigramOnlyFilterFactory implements TokenFilterFactory {

    public static final String NAME = "seedbed_cjk_bigram_only";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream, CjkBigramFilterFactory.ALL_SCRIPTS, false);
    }
}

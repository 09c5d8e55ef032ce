package org.seedbed.search.elasticsearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Overlapping bigrams of Han, kana and hangul characters plus the single characters, as Lucene's
 * {@code cjkBigram} with {@code outputUnigrams=true}: a two-character word like 养老 matches as a
 * bigram, a one-character query still finds something.
 */
@NamedComponent(CjkBigramFilterFactory.NAME)
public class CjkBigramFilterFactory implements TokenFilterFactory {

    public static final String NAME = "seedbed_cjk_bigram";

    static final int ALL_SCRIPTS =
            CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream, ALL_SCRIPTS, true);
    }
}

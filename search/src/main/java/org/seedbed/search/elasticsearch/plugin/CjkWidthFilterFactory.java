package org.seedbed.search.elasticsearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Folds full-width Latin letters and half-width katakana, as Lucene's {@code cjkWidth}. */
@NamedComponent(CjkWidthFilterFactory.NAME)
public class CjkWidthFilterFactory implements TokenFilterFactory {

    public static final String NAME = "seedbed_cjk_width";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKWidthFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}

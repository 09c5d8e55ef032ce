package org.seedbed.search.elasticsearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** English Porter stemming ("districts" finds "district"), as Lucene's {@code porterStem}. */
@NamedComponent(PorterStemFilterFactory.NAME)
public class PorterStemFilterFactory implements TokenFilterFactory {

    public static final String NAME = "seedbed_porter_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PorterStemFilter(tokenStream);
    }
}

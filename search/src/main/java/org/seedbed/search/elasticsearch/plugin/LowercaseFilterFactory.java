package org.seedbed.search.elasticsearch.plugin;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Lower-cases tokens, as Lucene's {@code lowercase}. */
@NamedComponent(LowercaseFilterFactory.NAME)
public class LowercaseFilterFactory implements TokenFilterFactory {

    public static final String NAME = "seedbed_lowercase";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LowerCaseFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}

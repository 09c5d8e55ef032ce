package org.seedbed.search.elasticsearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Folds accented Latin letters to ASCII ("café" finds "cafe"), as Lucene's {@code asciiFolding}. */
@NamedComponent(AsciiFoldingFilterFactory.NAME)
public class AsciiFoldingFilterFactory implements TokenFilterFactory {

    public static final String NAME = "seedbed_ascii_folding";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}

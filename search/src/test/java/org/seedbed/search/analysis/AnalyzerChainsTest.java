package org.seedbed.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.seedbed.search.elasticsearch.plugin.AsciiFoldingFilterFactory;
import org.seedbed.search.elasticsearch.plugin.CjkBigramFilterFactory;
import org.seedbed.search.elasticsearch.plugin.CjkBigramOnlyFilterFactory;
import org.seedbed.search.elasticsearch.plugin.CjkWidthFilterFactory;
import org.seedbed.search.elasticsearch.plugin.LowercaseFilterFactory;
import org.seedbed.search.elasticsearch.plugin.PorterStemFilterFactory;

/**
 * The analyzers as the Lucene backend builds them (the factory names of {@link SeedbedAnalysis})
 * and as Elasticsearch builds them (the standard tokenizer and Seedbed's plugin filters): what
 * Chinese and English texts become, and that both backends give the same tokens.
 */
class AnalyzerChainsTest {

    private static final List<String> SAMPLES = List.of(
            "暖阳社区养老服务中心",
            "为社区高龄、独居老人提供助餐服务",
            "Sunshine Community Elderly Care Center",
            "Retired volunteers caring for the elderly in districts",
            "２０２６年ＡＢＣ公益创投 café",
            "留守儿童 after-school reading 课后托管");

    @Test
    void chineseTextBecomesBigramsAndSingleCharacters() throws IOException {
        assertThat(tokens(luceneChinese(), "社区养老")).containsExactly("社", "社区", "区", "区养", "养", "养老", "老");
    }

    @Test
    void aTwoCharacterWordIsOneToken() throws IOException {
        assertThat(tokens(luceneChinese(), "养老")).contains("养老");
        assertThat(tokens(luceneChinese(), "独居老人提供助餐")).contains("独居", "老人", "助餐");
    }

    @Test
    void aQueryIsItsBigramsAlone() throws IOException {
        assertThat(tokens(luceneChineseQuery(), "养老")).containsExactly("养老");
        assertThat(tokens(luceneChineseQuery(), "独居老人")).containsExactly("独居", "居老", "老人");
        // A lone character has no bigram and is searched as itself.
        assertThat(tokens(luceneChineseQuery(), "老")).containsExactly("老");
    }

    @Test
    void fullWidthLettersAndDigitsAreFolded() throws IOException {
        assertThat(tokens(luceneChinese(), "ＡＢＣ２０２６")).containsExactly("abc2026");
    }

    @Test
    void englishIsStemmedAndFolded() throws IOException {
        assertThat(tokens(luceneEnglish(), "Elderly volunteers in Districts café"))
                .containsExactly("elderli", "volunt", "in", "district", "cafe");
        assertThat(tokens(luceneEnglish(), "elderly")).isEqualTo(tokens(luceneEnglish(), "Elderly"));
    }

    @Test
    void elasticsearchChainsGiveTheSameTokensAsLucene() throws IOException {
        for (String sample : SAMPLES) {
            assertThat(tokens(pluginChinese(), sample)).as(sample).isEqualTo(tokens(luceneChinese(), sample));
            assertThat(tokens(pluginChineseQuery(), sample)).as(sample).isEqualTo(tokens(luceneChineseQuery(), sample));
            assertThat(tokens(pluginEnglish(), sample)).as(sample).isEqualTo(tokens(luceneEnglish(), sample));
        }
    }

    /** The Lucene backend's Chinese analyzer, with the factory names {@link SeedbedAnalysis} uses. */
    static Analyzer luceneChinese() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("cjkWidth")
                .addTokenFilter("lowercase")
                .addTokenFilter("cjkBigram", "outputUnigrams", "true")
                .build();
    }

    static Analyzer luceneChineseQuery() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("cjkWidth")
                .addTokenFilter("lowercase")
                .addTokenFilter("cjkBigram", "outputUnigrams", "false")
                .build();
    }

    static Analyzer luceneEnglish() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("porterStem")
                .build();
    }

    private static Analyzer pluginChinese() {
        return chain(stream -> new CjkBigramFilterFactory()
                .create(new LowercaseFilterFactory().create(new CjkWidthFilterFactory().create(stream))));
    }

    private static Analyzer pluginChineseQuery() {
        return chain(stream -> new CjkBigramOnlyFilterFactory()
                .create(new LowercaseFilterFactory().create(new CjkWidthFilterFactory().create(stream))));
    }

    private static Analyzer pluginEnglish() {
        return chain(stream -> new PorterStemFilterFactory()
                .create(new AsciiFoldingFilterFactory().create(new LowercaseFilterFactory().create(stream))));
    }

    private static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }
        };
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}

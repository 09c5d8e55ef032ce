package org.seedbed.search.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static final String ZH = "暖阳社区养老服务中心";
    private static final String EN = "Warm Sun Elderly Care Centre";
    private static final String ZH_MARKED = "暖阳社区<mark>养老</mark>服务中心";
    private static final String EN_MARKED = "Warm Sun <mark>Elderly</mark> Care Centre";

    @Test
    void showsTheHighlightInThePageLanguage() {
        assertThat(Highlights.title(ZH, EN, List.of(ZH_MARKED, EN_MARKED), true))
                .isEqualTo(new Highlights.Title(ZH_MARKED, true));
        assertThat(Highlights.title(ZH, EN, List.of(ZH_MARKED, EN_MARKED), false))
                .isEqualTo(new Highlights.Title(EN_MARKED, true));
    }

    @Test
    void prefersThePlainTitleInThePageLanguageToAHighlightInTheOther() {
        assertThat(Highlights.title(ZH, EN, List.of(ZH_MARKED), false)).isEqualTo(new Highlights.Title(EN, false));
        assertThat(Highlights.title(ZH, EN, List.of(), true)).isEqualTo(new Highlights.Title(ZH, false));
    }

    @Test
    void fallsBackToTheOtherLanguage() {
        assertThat(Highlights.title(ZH, null, List.of(ZH_MARKED), false))
                .isEqualTo(new Highlights.Title(ZH_MARKED, true));
        assertThat(Highlights.title(ZH, " ", null, false)).isEqualTo(new Highlights.Title(ZH, false));
        assertThat(Highlights.title(null, null, List.of(), true)).isEqualTo(new Highlights.Title("", false));
    }

    @Test
    void recognisesTitlesThroughEscapedCharacters() {
        String title = "Tom & Jerry’s <Care> \"Club\" / Home's";
        String marked = "Tom &amp; Jerry’s &lt;<mark>Care</mark>&gt; &quot;Club&quot; &#x2F; Home&#x27;s";

        assertThat(Highlights.plain(marked)).isEqualTo(title);
        assertThat(Highlights.title(null, title, List.of(marked), false)).isEqualTo(new Highlights.Title(marked, true));
    }

    @Test
    void keepsOnlyMarksAsTags() {
        assertThat(Highlights.safe("<script>alert(1)</script> <mark>养老</mark> &amp; <b>x</b>"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>养老</mark> &amp; &lt;b&gt;x&lt;/b&gt;");
        assertThat(Highlights.safe("<mark onclick=\"x\">a</mark>"))
                .isEqualTo("&lt;mark onclick=&quot;x&quot;&gt;a</mark>");
        assertThat(Highlights.safe(null)).isEmpty();
    }
}

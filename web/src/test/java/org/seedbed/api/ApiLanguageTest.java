package org.seedbed.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiLanguageTest {

    @Test
    void prefersTheFirstSupportedLanguageOfTheClient() {
        assertThat(ApiLanguage.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLanguage.of("fr-FR, en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(";;;garbage")).isEqualTo(Locale.ENGLISH);
    }
}

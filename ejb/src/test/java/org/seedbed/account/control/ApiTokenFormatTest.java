package org.seedbed.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiTokenFormatTest {

    @Test
    void aTokenNamesItsCityAndKeepsItsSecret() {
        String secret = SecretTokens.newSecret();
        String token = ApiTokenFormat.format("hefei", secret);

        assertThat(ApiTokenFormat.parse(token)).hasValueSatisfying(parsed -> {
            assertThat(parsed.city()).isEqualTo("hefei");
            assertThat(parsed.secret()).isEqualTo(secret);
        });
        assertThat(ApiTokenFormat.displayPrefix(token))
                .startsWith("sbd_hefei_")
                .endsWith("…")
                .hasSizeLessThan(20);
    }

    @Test
    void rejectsAnythingElse() {
        assertThat(ApiTokenFormat.parse("sbd_hefei_short")).isEmpty();
        assertThat(ApiTokenFormat.parse("Bearer xyz")).isEmpty();
        assertThat(ApiTokenFormat.parse(null)).isEmpty();
    }

    @Test
    void hashesAreStableAndDistinct() {
        assertThat(SecretTokens.sha256("a")).isEqualTo(SecretTokens.sha256("a")).hasSize(64);
        assertThat(SecretTokens.sha256("a")).isNotEqualTo(SecretTokens.sha256("b"));
        assertThat(SecretTokens.newSecret()).isNotEqualTo(SecretTokens.newSecret());
    }
}

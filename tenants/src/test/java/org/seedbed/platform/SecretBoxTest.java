package org.seedbed.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = "another installation's key, 32 b".getBytes();

    @Test
    void aSealedSecretOpensToItselfAndNeverShowsInTheClear() {
        SecretBox box = new SecretBox(KEY);
        String sealed = box.seal("sk_test_51Hxyz");
        assertThat(sealed).startsWith("v1:").doesNotContain("sk_test");
        assertThat(box.open(sealed)).isEqualTo("sk_test_51Hxyz");
        assertThat(box.seal("sk_test_51Hxyz")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void anAlteredValueOrAnotherKeyFailsToOpen() {
        SecretBox box = new SecretBox(KEY);
        String sealed = box.seal("whsec_abc");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> box.open(altered)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretBox(OTHER_KEY).open(sealed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> box.open("whsec_abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGeneratedKeyIsMadeOnceAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve("master.key");
        byte[] first = SecretBox.generatedKey(file);
        assertThat(first).hasSize(32);
        assertThat(SecretBox.generatedKey(file)).isEqualTo(first);
        assertThat(Files.readString(file)).isEqualTo(Base64.getEncoder().encodeToString(first));
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}

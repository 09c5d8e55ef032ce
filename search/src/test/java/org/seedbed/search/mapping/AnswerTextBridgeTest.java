package org.seedbed.search.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextBridgeTest {

    @Test
    void keepsTheWrittenTextWithoutKeysOrPunctuation() {
        String json = "{\"summary\":\"为独居老人送餐\",\"budget\":[{\"item\":\"餐费\",\"amount\":1200}],\"ok\":true}";
        assertThat(AnswerTextBridge.textOf(json)).isEqualTo("为独居老人送餐\n餐费");
    }

    @Test
    void textThatIsNotJsonIsKeptAsItIs() {
        assertThat(AnswerTextBridge.textOf("plain words")).isEqualTo("plain words");
    }
}

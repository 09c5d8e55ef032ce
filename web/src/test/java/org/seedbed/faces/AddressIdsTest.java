package org.seedbed.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressIdsTest {

    @Test
    void readsOnlyPositiveIdsFromAddresses() {
        assertThat(AddressIds.parse("12")).isEqualTo(12L);
        assertThat(AddressIds.parse(" 7 ")).isEqualTo(7L);
        assertThat(AddressIds.parse("0")).isNull();
        assertThat(AddressIds.parse("-3")).isNull();
        assertThat(AddressIds.parse("abc")).isNull();
        assertThat(AddressIds.parse("1234567890123456789")).isNull();
        assertThat(AddressIds.parse(null)).isNull();
    }
}

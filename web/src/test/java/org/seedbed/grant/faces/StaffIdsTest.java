package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffIdsTest {

    @Test
    void readsOnlyPositiveIdsFromAddresses() {
        assertThat(StaffIds.parse("42")).isEqualTo(42L);
        assertThat(StaffIds.parse(" 7 ")).isEqualTo(7L);
        assertThat(StaffIds.parse("0")).isNull();
        assertThat(StaffIds.parse("-3")).isNull();
        assertThat(StaffIds.parse("12abc")).isNull();
        assertThat(StaffIds.parse("1234567890123456789")).isNull();
        assertThat(StaffIds.parse("")).isNull();
        assertThat(StaffIds.parse(null)).isNull();
    }
}

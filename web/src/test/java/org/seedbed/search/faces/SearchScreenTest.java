package org.seedbed.search.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SearchScreenTest {

    @Test
    void readsMinorUnitsInTheCurrencysOwnDecimals() {
        assertThat(SearchScreen.major(30_000_000L, "CNY")).isEqualByComparingTo(new BigDecimal("300000.00"));
        assertThat(SearchScreen.major(1_050L, "JPY")).isEqualByComparingTo(new BigDecimal("1050"));
        assertThat(SearchScreen.major(1_050L, null)).isEqualByComparingTo(new BigDecimal("10.50"));
        assertThat(SearchScreen.major(1_050L, "XYZ1")).isEqualByComparingTo(new BigDecimal("10.50"));
    }

    @Test
    void makesElementIdsOfAnyValue() {
        assertThat(SearchScreen.domId("facet-area-", "ELDERLY")).isEqualTo("facet-area-ELDERLY");
        assertThat(SearchScreen.domId("facet-unit-", "12")).isEqualTo("facet-unit-12");
        assertThat(SearchScreen.domId("search-chip-q-", "a b\"<")).isEqualTo("search-chip-q-a_b__");
    }
}

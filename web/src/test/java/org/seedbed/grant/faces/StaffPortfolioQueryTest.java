package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedbed.grant.entity.Grant;

class StaffPortfolioQueryTest {

    @Test
    void carriesOnlyTheFiltersThatAreSet() {
        assertThat(StaffPortfolioQuery.of(null, null, null)).isEmpty();
        assertThat(StaffPortfolioQuery.of(null, null, "   ")).isEmpty();
        assertThat(StaffPortfolioQuery.of(Grant.Status.HELD, null, null)).isEqualTo("status=HELD");
        assertThat(StaffPortfolioQuery.of(Grant.Status.ACTIVE, 3L, null)).isEqualTo("status=ACTIVE&call=3");
    }

    @Test
    void encodesTheSearchTextForTheAddress() {
        assertThat(StaffPortfolioQuery.of(null, 12L, " 社区 & 养老 "))
                .isEqualTo("call=12&q=%E7%A4%BE%E5%8C%BA+%26+%E5%85%BB%E8%80%81");
    }
}

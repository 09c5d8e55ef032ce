package org.seedbed.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReindexCommandTest {

    @Test
    void allOrNothingMeansEveryActiveCity() {
        assertThat(ReindexCommand.cities("all")).isEmpty();
        assertThat(ReindexCommand.cities(" ALL ")).isEmpty();
        assertThat(ReindexCommand.cities("")).isEmpty();
        assertThat(ReindexCommand.cities(null)).isEmpty();
    }

    @Test
    void listedCitiesAreTrimmedAndNamedOnce() {
        assertThat(ReindexCommand.cities("hefei, baohe,,hefei ")).containsExactly("hefei", "baohe");
    }
}

package org.seedbed.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReindexLinesTest {

    @Test
    void barFillsInProportionWithAnArrowAtTheFront() {
        assertThat(ReindexLines.bar(0, 10)).isEqualTo("[>         ]");
        assertThat(ReindexLines.bar(54, 10)).isEqualTo("[=====>    ]");
        assertThat(ReindexLines.bar(99, 10)).isEqualTo("[=========>]");
    }

    @Test
    void barIsFullWithoutArrowWhenDone() {
        assertThat(ReindexLines.bar(100, 10)).isEqualTo("[==========]");
    }

    @Test
    void barKeepsItsWidthForPercentagesOutOfRange() {
        assertThat(ReindexLines.bar(-5, 10)).isEqualTo(ReindexLines.bar(0, 10));
        assertThat(ReindexLines.bar(140, 10)).isEqualTo(ReindexLines.bar(100, 10));
        assertThat(ReindexLines.bar(37, ReindexLines.BAR_WIDTH)).hasSize(ReindexLines.BAR_WIDTH + 2);
    }

    @Test
    void progressShowsShortIdPercentGroupedCountsSpeedAndCity() {
        String line = ReindexLines.progress(
                "3f2a1b4c-9d8e-4f00-a111-222233334444", "INDEXING", 54, 1_234_567, 2_280_000, 18_450, "baohe");

        assertThat(line)
                .startsWith("reindex 3f2a1b4c…  [")
                .contains("]  54%  1,234,567/2,280,000 documents  18,450 docs/s  city: baohe")
                .doesNotContain("indexing");
    }

    @Test
    void progressLeavesOutAMissingCityAndNamesPhasesOtherThanIndexing() {
        assertThat(ReindexLines.progress("job-1", "QUEUED", 0, 0, 0, 0, null))
                .isEqualTo("reindex job-1  " + ReindexLines.bar(0, ReindexLines.BAR_WIDTH)
                        + "   0%  0/0 documents  0 docs/s  queued");
        assertThat(ReindexLines.progress("job-1", "DONE", 100, 12, 12, 3, null))
                .endsWith(" 100%  12/12 documents  3 docs/s  done");
    }

    @Test
    void cityResultGroupsNumbersAndGivesSecondsWithOneDecimal() {
        assertThat(ReindexLines.cityResult("baohe", 1_234_567, 12, 63_249))
                .contains("baohe")
                .contains("1,234,567 documents")
                .contains("12 leftovers removed")
                .endsWith("63.2 s");
    }

    @Test
    void summaryCountsCitiesDocumentsAndLeftovers() {
        assertThat(ReindexLines.summary("3f2a1b4c-9d8e", 5, 2_280_000, 12))
                .isEqualTo("reindex 3f2a1b4c… done: 5 cities, 2,280,000 documents, 12 leftovers removed");
        assertThat(ReindexLines.summary("job-1", 1, 7, 0)).contains("done: 1 city, 7 documents");
    }

    @Test
    void numbersAreGroupedWithCommasWhateverTheDefaultLocale() {
        assertThat(ReindexLines.number(2_280_000)).isEqualTo("2,280,000");
        assertThat(ReindexLines.seconds(1_060)).isEqualTo("1.1 s");
    }
}

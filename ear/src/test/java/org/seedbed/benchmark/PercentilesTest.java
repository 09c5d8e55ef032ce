package org.seedbed.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static List<Integer> oneTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void percentileIsTheMeasurementAtTheNearestRank() {
        Percentiles hundred = Percentiles.of(oneTo(100));
        assertThat(hundred.at(50)).isEqualTo(50);
        assertThat(hundred.at(95)).isEqualTo(95);
        assertThat(hundred.at(99)).isEqualTo(99);
        assertThat(hundred.at(100)).isEqualTo(100);
    }

    @Test
    void rankRoundsUpToAMeasuredValueNeverInterpolating() {
        Percentiles ten = Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
        assertThat(ten.at(50)).isEqualTo(5.0);
        assertThat(ten.at(51)).isEqualTo(6.0);
        assertThat(ten.at(95)).isEqualTo(10.0);
        assertThat(ten.at(0.1))
                .as("the smallest percentile is the smallest measurement")
                .isEqualTo(1.0);
    }

    @Test
    void wholePercentilesOfRoundCountsAreExact() {
        assertThat(Percentiles.of(oneTo(20)).at(95)).isEqualTo(19);
        assertThat(Percentiles.of(oneTo(2000)).at(99)).isEqualTo(1980);
    }

    @Test
    void orderOfTheMeasurementsDoesNotMatter() {
        List<Integer> shuffled = new ArrayList<>(oneTo(100));
        Collections.shuffle(shuffled, new Random(7));
        Percentiles percentiles = Percentiles.of(shuffled);
        assertThat(percentiles.at(50)).isEqualTo(50);
        assertThat(percentiles.at(99)).isEqualTo(99);
    }

    @Test
    void oneMeasurementIsEveryPercentile() {
        Percentiles single = Percentiles.of(List.of(4.2));
        assertThat(single.at(1)).isEqualTo(4.2);
        assertThat(single.at(50)).isEqualTo(4.2);
        assertThat(single.at(100)).isEqualTo(4.2);
        assertThat(single.count()).isEqualTo(1);
    }

    @Test
    void meanIsTheAverageOfAllMeasurements() {
        assertThat(Percentiles.of(List.of(1, 2, 3, 10)).mean()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void summaryNamesEachPercentileAndTheMean() {
        assertThat(Percentiles.of(oneTo(100)).summary()).isEqualTo("p50 50.0  p95 95.0  p99 99.0  mean 50.5");
    }

    @Test
    void refusesNoMeasurementsAndPercentilesOutOfRange() {
        assertThatThrownBy(() -> Percentiles.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        Percentiles percentiles = Percentiles.of(oneTo(10));
        assertThatThrownBy(() -> percentiles.at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> percentiles.at(100.5)).isInstanceOf(IllegalArgumentException.class);
    }
}

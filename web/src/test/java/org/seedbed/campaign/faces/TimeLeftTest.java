package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeLeftTest {

    private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");
    private static final Instant STARTED = NOW.minus(Duration.ofDays(10));

    @Test
    void countsWholeDaysLeftRoundedDown() {
        TimeLeft left = TimeLeft.of(STARTED, NOW.plus(Duration.ofHours(12 * 24 + 20)), NOW);

        assertThat(left).isEqualTo(new TimeLeft(TimeLeft.Unit.DAYS, 12));
        assertThat(left.soon()).isFalse();
    }

    @Test
    void countsHoursThenMinutesInTheLastDay() {
        assertThat(TimeLeft.of(STARTED, NOW.plus(Duration.ofMinutes(5 * 60 + 59)), NOW))
                .isEqualTo(new TimeLeft(TimeLeft.Unit.HOURS, 5));
        assertThat(TimeLeft.of(STARTED, NOW.plus(Duration.ofMinutes(42)), NOW))
                .isEqualTo(new TimeLeft(TimeLeft.Unit.MINUTES, 42));
    }

    @Test
    void neverSaysZeroMinutesWhileGiftsAreTaken() {
        assertThat(TimeLeft.of(STARTED, NOW.plusSeconds(20), NOW)).isEqualTo(new TimeLeft(TimeLeft.Unit.MINUTES, 1));
    }

    @Test
    void hurriesDonorsInTheLastDays() {
        assertThat(TimeLeft.of(STARTED, NOW.plus(Duration.ofDays(2)), NOW).soon())
                .isTrue();
        assertThat(TimeLeft.of(STARTED, NOW.plus(Duration.ofDays(3)), NOW).soon())
                .isFalse();
        assertThat(TimeLeft.of(STARTED, NOW.plus(Duration.ofHours(3)), NOW).soon())
                .isTrue();
    }

    @Test
    void saysEndedAtTheEndAndAfter() {
        assertThat(TimeLeft.of(STARTED, NOW, NOW).unit()).isEqualTo(TimeLeft.Unit.ENDED);
        TimeLeft after = TimeLeft.of(STARTED, NOW.minusSeconds(1), NOW);
        assertThat(after.unit()).isEqualTo(TimeLeft.Unit.ENDED);
        assertThat(after.soon()).isFalse();
    }

    @Test
    void saysNotStartedBeforeTheStart() {
        TimeLeft before = TimeLeft.of(NOW.plusSeconds(60), NOW.plus(Duration.ofDays(30)), NOW);

        assertThat(before.unit()).isEqualTo(TimeLeft.Unit.NOT_STARTED);
    }
}

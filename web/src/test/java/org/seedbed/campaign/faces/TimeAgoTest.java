package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeAgoTest {

    private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");

    @Test
    void saysJustNowInTheFirstMinuteAndForAClockAhead() {
        assertThat(TimeAgo.since(NOW.minusSeconds(59), NOW).unit()).isEqualTo(TimeAgo.Unit.JUST_NOW);
        assertThat(TimeAgo.since(NOW.plusSeconds(30), NOW).unit()).isEqualTo(TimeAgo.Unit.JUST_NOW);
    }

    @Test
    void countsMinutesHoursAndDays() {
        assertThat(TimeAgo.since(NOW.minus(Duration.ofMinutes(5)), NOW))
                .isEqualTo(new TimeAgo(TimeAgo.Unit.MINUTES, 5));
        assertThat(TimeAgo.since(NOW.minus(Duration.ofMinutes(3 * 60 + 10)), NOW))
                .isEqualTo(new TimeAgo(TimeAgo.Unit.HOURS, 3));
        assertThat(TimeAgo.since(NOW.minus(Duration.ofHours(50)), NOW)).isEqualTo(new TimeAgo(TimeAgo.Unit.DAYS, 2));
    }

    @Test
    void givesTheDateAfterAWeek() {
        assertThat(TimeAgo.since(NOW.minus(Duration.ofDays(7)), NOW).unit()).isEqualTo(TimeAgo.Unit.DATE);
        assertThat(TimeAgo.since(null, NOW).unit()).isEqualTo(TimeAgo.Unit.DATE);
    }
}

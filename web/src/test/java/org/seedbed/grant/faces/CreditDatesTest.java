package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditDatesTest {

    @Test
    void aDebarmentOfWholeYearsEndsTheDayBeforeItsAnniversary() {
        assertThat(CreditDates.until(LocalDate.of(2025, 3, 1), 3)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(CreditDates.until(LocalDate.of(2026, 1, 1), 1)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void holdsFromItsFirstDayToItsLastDay() {
        LocalDate from = LocalDate.of(2026, 5, 1);
        LocalDate until = LocalDate.of(2027, 4, 30);

        assertThat(CreditDates.active(from, until, LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(CreditDates.active(from, until, from)).isTrue();
        assertThat(CreditDates.active(from, until, LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(CreditDates.active(from, until, until)).isTrue();
        assertThat(CreditDates.active(from, until, LocalDate.of(2027, 5, 1))).isFalse();
    }
}

package io.klien.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Service-level targets move over evenings, weekends and holidays in the firm's own zone. */
class BusinessCalendarTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    static Instant jakarta(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(JAKARTA).toInstant();
    }

    @Test
    void fourBusinessHoursFromFridayHalfPastFourEndOnMondayInJakarta() {
        BusinessCalendar nineToFive = BusinessCalendar.standard(JAKARTA);
        // 2026-12-11 is a Friday: half an hour on Friday, three and a half on Monday
        assertThat(nineToFive.plusBusinessMinutes(jakarta(12, 11, 16, 30), 240)).isEqualTo(jakarta(12, 14, 12, 30));

        BusinessCalendar eightToFive = new BusinessCalendar(JAKARTA, BusinessCalendar.MONDAY_TO_FRIDAY,
                LocalTime.of(8, 0), LocalTime.of(17, 0), Set.of());
        assertThat(eightToFive.plusBusinessMinutes(jakarta(12, 11, 16, 30), 240)).isEqualTo(jakarta(12, 14, 11, 30));
    }

    @Test
    void aRequestRaisedAtTheWeekendOrAtNightCountsFromTheNextOpening() {
        BusinessCalendar calendar = BusinessCalendar.standard(JAKARTA);
        assertThat(calendar.plusBusinessMinutes(jakarta(12, 12, 10, 0), 60)).isEqualTo(jakarta(12, 14, 10, 0));
        assertThat(calendar.plusBusinessMinutes(jakarta(12, 14, 22, 0), 30)).isEqualTo(jakarta(12, 15, 9, 30));
        assertThat(calendar.plusBusinessMinutes(jakarta(12, 15, 7, 0), 480)).isEqualTo(jakarta(12, 15, 17, 0));
    }

    @Test
    void holidaysAreSkippedAndTheZoneIsTheFirmsNotUtc() {
        BusinessCalendar calendar = new BusinessCalendar(JAKARTA, BusinessCalendar.MONDAY_TO_FRIDAY,
                LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(LocalDate.of(2026, 12, 25)));
        // Thursday 24th 16:00 + 2h: one hour on Thursday, Christmas off, one hour on Monday 28th
        assertThat(calendar.plusBusinessMinutes(jakarta(12, 24, 16, 0), 120)).isEqualTo(jakarta(12, 28, 10, 0));
        // 09:00 in Jakarta is 02:00 UTC
        assertThat(calendar.plusBusinessMinutes(Instant.parse("2026-12-14T02:00:00Z"), 60))
                .isEqualTo(Instant.parse("2026-12-14T03:00:00Z"));
    }

    @Test
    void businessMinutesBetweenTwoInstantsCountOnlyWorkingTime() {
        BusinessCalendar calendar = BusinessCalendar.standard(JAKARTA);
        assertThat(calendar.businessMinutesBetween(jakarta(12, 11, 16, 30), jakarta(12, 14, 12, 30))).isEqualTo(240);
        assertThat(calendar.businessMinutesBetween(jakarta(12, 12, 9, 0), jakarta(12, 13, 17, 0))).isZero();
        assertThat(calendar.businessMinutesBetween(jakarta(12, 14, 12, 0), jakarta(12, 14, 11, 0))).isZero();
        Instant start = jakarta(12, 10, 15, 10);
        assertThat(calendar.businessMinutesBetween(start, calendar.plusBusinessMinutes(start, 1000))).isEqualTo(1000);
    }
}
